package vn.cascade.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.cascade.trace.ComplianceCheck;
import vn.cascade.trace.ComplianceReport;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.trace.FollowChain;
import vn.cascade.trace.TaskAligner;

/**
 * The implementation tree (collapsible), the chain of tasks that carry one solution down, and the
 * compliance findings per kind, per document and per unit, with their CSV and XLSX.
 */
@Controller
class TraceController {

    private final TraceData data;

    TraceController(TraceData data) {
        this.data = data;
    }

    /**
     * A node of the tree with its page (null: known only by citation), the nodes under it, and for a
     * document known only by citation the plan whose restatement stands for its solutions.
     */
    record TreeNode(DocumentGraph.Node node, String docId, List<TreeNode> children, DocumentGraph.Node standIn) {

        /** The stand-in's solutions: the absent document's, as inferred. */
        public List<vn.cascade.trace.TraceTask> inferredSolutions() {
            return standIn == null ? List.of()
                    : standIn.tasks().stream().filter(t -> "solution".equals(t.kind()) && t.section() != null).toList();
        }
    }

    @GetMapping("/trace")
    String trace(Model model) {
        DocumentGraph g = data.graph();
        Set<DocumentGraph.Node> placed = new HashSet<>();
        List<TreeNode> roots = new ArrayList<>();
        for (DocumentGraph.Node root : g.roots()) {
            roots.add(tree(g, root, placed, 0));
        }
        model.addAttribute("roots", roots);
        model.addAttribute("outside", g.nodes().stream().filter(n -> n.ingested() && !placed.contains(n)).toList());
        return "trace";
    }

    private static TreeNode tree(DocumentGraph g, DocumentGraph.Node n, Set<DocumentGraph.Node> placed, int depth) {
        placed.add(n);
        List<TreeNode> children = new ArrayList<>();
        if (depth < 16) {
            for (DocumentGraph.Node c : g.children(n)) {
                children.add(tree(g, c, placed, depth + 1));
            }
        }
        return new TreeNode(n, TraceData.docId(n), children, n.tasks().isEmpty() ? TaskAligner.standIn(g, n) : null);
    }

    @GetMapping("/follow")
    String follow(@RequestParam("doc") String doc, @RequestParam("section") String section, Model model) {
        DocumentGraph g = data.graph();
        DocumentGraph.Node node = g.find(doc).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no document " + doc));
        List<FollowChain> chains = FollowChain.of(node, section, data.links(g));
        model.addAttribute("node", node);
        model.addAttribute("docId", TraceData.docId(node));
        model.addAttribute("section", section);
        model.addAttribute("rows", chains.stream().flatMap(c -> c.rows().stream()).toList());
        return "follow";
    }

    /** The chain as CSV, one row per task, its depth first. */
    @GetMapping("/export/follow.csv")
    ResponseEntity<byte[]> followCsv(@RequestParam("doc") String doc, @RequestParam("section") String section) {
        DocumentGraph g = data.graph();
        DocumentGraph.Node node = g.find(doc).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no document " + doc));
        String body = vn.cascade.trace.FollowReport.csv(FollowChain.of(node, section, data.links(g)));
        return download(body.getBytes(StandardCharsets.UTF_8), "follow-" + node.label() + "-" + section + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/export/follow.xlsx")
    ResponseEntity<byte[]> followXlsx(@RequestParam("doc") String doc, @RequestParam("section") String section)
            throws IOException {
        DocumentGraph g = data.graph();
        DocumentGraph.Node node = g.find(doc).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no document " + doc));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vn.cascade.trace.FollowReport.xlsx(FollowChain.of(node, section, data.links(g)), out);
        return download(out.toByteArray(), "follow-" + node.label() + "-" + section + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    /** One unit of the registry with its task counts as of today. */
    record UnitRow(vn.cascade.domain.Unit unit, int open, int overdue) {
    }

    @GetMapping("/units")
    String units(Model model) {
        DocumentGraph g = data.graph();
        var registry = vn.cascade.trace.UnitRegistry.build(g);
        java.util.Map<String, ComplianceCheck.UnitLoad> load = new java.util.HashMap<>();
        for (ComplianceCheck.UnitLoad l : new ComplianceCheck().load(g, LocalDate.now())) {
            load.put(l.unit(), l);
        }
        List<UnitRow> rows = new ArrayList<>();
        for (vn.cascade.domain.Unit u : registry.units()) {
            ComplianceCheck.UnitLoad l = load.get(u.name());
            rows.add(new UnitRow(u, l == null ? 0 : l.open(), l == null ? 0 : l.overdue()));
        }
        model.addAttribute("rows", rows);
        return "units";
    }

    /** The findings of one document, with its page when it was ingested. */
    record DocumentFindings(String document, String docId, List<ComplianceCheck.Finding> findings) {
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam(name = "asOf", required = false) String asOf, Model model) {
        LocalDate date = asOf(asOf);
        DocumentGraph g = data.graph();
        List<TaskAligner.Link> links = data.links(g);
        ComplianceCheck check = new ComplianceCheck();
        List<ComplianceCheck.Finding> findings = check.check(g, links, date);
        Map<String, List<ComplianceCheck.Finding>> byDoc = new LinkedHashMap<>();
        for (ComplianceCheck.Finding f : findings) {
            byDoc.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f);
        }
        List<DocumentFindings> perDocument = new ArrayList<>();
        byDoc.forEach((doc, fs) -> perDocument.add(new DocumentFindings(doc,
                doc == null ? null : g.find(doc).map(TraceData::docId).orElse(null), fs)));
        Map<ComplianceCheck.Kind, Long> kinds = new LinkedHashMap<>();
        for (ComplianceCheck.Kind k : ComplianceCheck.Kind.values()) {
            kinds.put(k, findings.stream().filter(f -> f.kind() == k).count());
        }
        model.addAttribute("asOf", date.toString());
        model.addAttribute("total", findings.size());
        model.addAttribute("kinds", kinds);
        model.addAttribute("perDocument", perDocument);
        model.addAttribute("units", check.load(g, date));
        return "compliance";
    }

    @GetMapping("/compliance/findings.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "asOf", required = false) String asOf) {
        LocalDate date = asOf(asOf);
        DocumentGraph g = data.graph();
        var findings = new ComplianceCheck().check(g, data.links(g), date);
        return download(ComplianceCheck.csv(findings).getBytes(StandardCharsets.UTF_8), "compliance-" + date + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/compliance/findings.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "asOf", required = false) String asOf) throws IOException {
        LocalDate date = asOf(asOf);
        DocumentGraph g = data.graph();
        ComplianceCheck check = new ComplianceCheck();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceReport.xlsx(check.check(g, data.links(g), date), check.load(g, date), out);
        return download(out.toByteArray(), "compliance-" + date + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static LocalDate asOf(String asOf) {
        try {
            return asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asOf must be a date like 2025-12-31");
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(filename.replaceAll("[^A-Za-z0-9.-]+", "_")).build().toString())
                .contentType(type).body(body);
    }
}
