package vn.cascade.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.index.QuerySyntaxException;
import vn.cascade.index.SearchFilters;
import vn.cascade.index.SearchHit;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.understand.DocumentLevel;

/**
 * Search: accents optional, filters (type, issuer, level, date range, unit, deadline range,
 * overdue tasks), facets with counts by type, level and issuer, snippets, paging. Every link keeps
 * the other filters of the current search.
 */
@Controller
class SearchController {

    static final int PAGE = 10;
    /** Facets count the best this many hits; the corpus's searches stay far below it. */
    static final int FACET_DEPTH = 1000;
    private final CascadeConfig config;

    SearchController(CascadeConfig config) {
        this.config = config;
    }

    /** One facet value: its label, count, the link that selects it, and whether it is selected. */
    record Facet(String label, int count, String href, boolean selected) {
    }

    @GetMapping("/")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "type", required = false) String type,
                  @RequestParam(name = "page", defaultValue = "1") int page,
                  @RequestParam(name = "issuer", required = false) String issuer,
                  @RequestParam(name = "level", required = false) String level,
                  @RequestParam(name = "from", required = false) String from,
                  @RequestParam(name = "to", required = false) String to,
                  @RequestParam(name = "unit", required = false) String unit,
                  @RequestParam(name = "dueFrom", required = false) String dueFrom,
                  @RequestParam(name = "dueTo", required = false) String dueTo,
                  @RequestParam(name = "overdue", required = false) String overdue, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", blank(type));
        model.addAttribute("issuer", blank(issuer));
        model.addAttribute("level", blank(level));
        model.addAttribute("levels", Arrays.stream(DocumentLevel.values()).map(l -> new String[] {l.key(), l.label()}).toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("unit", unit);
        model.addAttribute("dueFrom", dueFrom);
        model.addAttribute("dueTo", dueTo);
        model.addAttribute("overdue", overdue != null);
        if (q == null || q.isBlank()) {
            return "search";
        }
        Map<String, String> current = new LinkedHashMap<>();
        current.put("q", q);
        current.put("type", blank(type));
        current.put("issuer", blank(issuer));
        current.put("level", blank(level));
        current.put("from", blank(from));
        current.put("to", blank(to));
        current.put("unit", blank(unit));
        current.put("dueFrom", blank(dueFrom));
        current.put("dueTo", blank(dueTo));
        current.put("overdue", overdue == null ? null : "1");
        SearchFilters filters;
        try {
            filters = new SearchFilters(blank(type), blank(issuer), isoDate(from), isoDate(to), blank(unit), day(dueFrom),
                    day(dueTo), overdue == null ? null : day(LocalDate.now().toString()), blank(level));
        } catch (DateTimeParseException e) {
            model.addAttribute("error", "Ngày không hợp lệ: " + e.getParsedString() + " (hãy viết 2025-12-31).");
            return "search";
        }
        try (DocumentSearcher searcher = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            if (searcher == null) {
                model.addAttribute("error", "Chưa có chỉ mục: hãy chạy cascade ingest. (No index yet: run cascade ingest.)");
                return "search";
            }
            long start = System.nanoTime();
            // Facets count what the other filters leave, so that choosing one value shows the others' counts.
            SearchFilters noType = new SearchFilters(null, filters.issuer(), filters.dateFrom(), filters.dateTo(),
                    filters.unit(), filters.dueFrom(), filters.dueTo(), filters.overdueAsOf(), filters.level());
            List<SearchHit> all = searcher.search(q, FACET_DEPTH, noType);
            Map<String, Integer> types = new TreeMap<>();
            Map<String, Integer> levels = new TreeMap<>();
            Map<String, Integer> issuers = new TreeMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchHit h : all) {
                String t = h.type() == null ? "(không rõ)" : h.type();
                types.merge(t, 1, Integer::sum);
                if (h.level() != null) {
                    levels.merge(h.level(), 1, Integer::sum);
                }
                if (h.issuer() != null) {
                    issuers.merge(h.issuer(), 1, Integer::sum);
                }
                if (filters.type() == null || filters.type().equals(t)) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", h.id());
                    r.put("file", h.file());
                    r.put("path", h.path());
                    r.put("type", t);
                    r.put("number", h.numberSymbol());
                    r.put("date", h.date());
                    r.put("issuer", h.issuer());
                    r.put("level", DocumentLevel.ofKey(h.level()).map(DocumentLevel::label).orElse(null));
                    r.put("snippet", Pages.snippetHtml(h.snippet()));
                    rows.add(r);
                }
            }
            int pages = (rows.size() + PAGE - 1) / PAGE;
            int shown = Math.max(1, Math.min(page, Math.max(1, pages)));
            int first = (shown - 1) * PAGE;
            model.addAttribute("hits", rows.subList(first, Math.min(rows.size(), first + PAGE)));
            model.addAttribute("total", rows.size());
            model.addAttribute("page", shown);
            List<String[]> pageLinks = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                pageLinks.add(new String[] {Integer.toString(p), link(current, "page", Integer.toString(p))});
            }
            model.addAttribute("pageLinks", pageLinks);
            model.addAttribute("typeFacets", facets(current, types, "type", filters.type(), k -> k));
            model.addAttribute("levelFacets", facets(current, levels, "level", filters.level(),
                    k -> DocumentLevel.ofKey(k).map(DocumentLevel::label).orElse(k)));
            model.addAttribute("issuerFacets", facets(current, issuers, "issuer", filters.issuer(), k -> k));
            model.addAttribute("millis", (System.nanoTime() - start) / 1_000_000);
        } catch (QuerySyntaxException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "search";
    }

    private static List<Facet> facets(Map<String, String> current, Map<String, Integer> counts, String param, String selected,
                                      java.util.function.Function<String, String> label) {
        List<Facet> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Facet(label.apply(k), n,
                k.equals(selected) ? link(current, param, null) : link(current, param, k), k.equals(selected))));
        return out;
    }

    /** The current search's URL with one parameter set (null: removed); any other change starts again at page 1. */
    private static String link(Map<String, String> current, String param, String value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
        current.forEach((k, v) -> {
            if (!k.equals(param) && v != null) {
                b.queryParam(k, v);
            }
        });
        if (value != null) {
            b.queryParam(param, value);
        }
        return b.encode().build().toUriString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String isoDate(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip()).toString();
    }

    /** yyyy-mm-dd as yyyymmdd, or null. */
    private static Integer day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        LocalDate d = LocalDate.parse(iso.strip());
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
