package vn.cascade.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.index.IndexedDocument;
import vn.cascade.index.QuerySyntaxException;
import vn.cascade.index.SearchHit;
import vn.cascade.pipeline.CascadeConfig;

/** Search (accents optional, snippets, a facet by document type, paging) and the document page. */
@Controller
class SearchController {

    static final int PAGE = 10;
    private final CascadeConfig config;

    SearchController(CascadeConfig config) {
        this.config = config;
    }

    @GetMapping("/")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "type", required = false) String type,
                  @RequestParam(name = "page", defaultValue = "1") int page,
                  @RequestParam(name = "issuer", required = false) String issuer,
                  @RequestParam(name = "from", required = false) String from,
                  @RequestParam(name = "to", required = false) String to,
                  @RequestParam(name = "unit", required = false) String unit,
                  @RequestParam(name = "dueFrom", required = false) String dueFrom,
                  @RequestParam(name = "dueTo", required = false) String dueTo,
                  @RequestParam(name = "overdue", required = false) String overdue, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("issuer", issuer);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("unit", unit);
        model.addAttribute("dueFrom", dueFrom);
        model.addAttribute("dueTo", dueTo);
        model.addAttribute("overdue", overdue != null);
        if (q == null || q.isBlank()) {
            return "search";
        }
        try (DocumentSearcher searcher = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            if (searcher == null) {
                model.addAttribute("error", "Chưa có chỉ mục: hãy chạy cascade ingest. (No index yet: run cascade ingest.)");
                return "search";
            }
            long start = System.nanoTime();
            vn.cascade.index.SearchFilters filters = new vn.cascade.index.SearchFilters(null, blank(issuer), blank(from),
                    blank(to), blank(unit), day(dueFrom), day(dueTo),
                    overdue == null ? null : day(java.time.LocalDate.now().toString()));
            List<SearchHit> all = searcher.search(q, 1000, filters);
            Map<String, Integer> facets = new TreeMap<>();
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (SearchHit h : all) {
                String t = h.type() == null ? "(không rõ)" : h.type();
                facets.merge(t, 1, Integer::sum);
                if (type == null || type.isBlank() || type.equals(t)) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", h.id());
                    r.put("file", h.file());
                    r.put("path", h.path());
                    r.put("type", t);
                    r.put("number", h.numberSymbol());
                    r.put("date", h.date());
                    r.put("snippet", Pages.snippetHtml(h.snippet()));
                    rows.add(r);
                }
            }
            int first = Math.min(rows.size(), (Math.max(1, page) - 1) * PAGE);
            model.addAttribute("hits", rows.subList(first, Math.min(rows.size(), first + PAGE)));
            model.addAttribute("total", rows.size());
            model.addAttribute("page", Math.max(1, page));
            model.addAttribute("pages", (rows.size() + PAGE - 1) / PAGE);
            model.addAttribute("facets", facets);
            model.addAttribute("type", type);
            model.addAttribute("millis", (System.nanoTime() - start) / 1_000_000);
        } catch (QuerySyntaxException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "search";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** yyyy-mm-dd as yyyymmdd, or null. */
    private static Integer day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        java.time.LocalDate d = java.time.LocalDate.parse(iso.strip());
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    @GetMapping("/doc/{id}")
    String document(@PathVariable("id") String id, Model model) {
        try (DocumentSearcher searcher = DocumentSearcher.open(config.dataDir())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no index"))) {
            IndexedDocument d = searcher.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + id));
            model.addAttribute("d", d);
            model.addAttribute("tasks", searcher.tasksOf(d.id()));
            model.addAttribute("citations", d.citations().stream().map(c -> c.split("\\|", -1)).toList());
        }
        return "document";
    }
}
