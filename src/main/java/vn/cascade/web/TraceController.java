package vn.cascade.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.trace.ComplianceCheck;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.trace.TaskAligner;
import vn.cascade.trace.TraceSource;

/** The implementation tree and the compliance findings, with their CSV. */
@Controller
class TraceController {

    private final CascadeConfig config;

    TraceController(CascadeConfig config) {
        this.config = config;
    }

    private DocumentGraph graph() {
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            return DocumentGraph.build(s == null ? List.of() : TraceSource.read(s));
        }
    }

    /** One line of the tree, indented by depth. */
    record TreeRow(int depth, DocumentGraph.Node node, String docId) {
    }

    @GetMapping("/trace")
    String trace(Model model) {
        DocumentGraph g = graph();
        List<TreeRow> rows = new ArrayList<>();
        for (DocumentGraph.Node root : g.roots()) {
            walk(g, root, 0, rows);
        }
        model.addAttribute("rows", rows);
        return "trace";
    }

    private static void walk(DocumentGraph g, DocumentGraph.Node n, int depth, List<TreeRow> rows) {
        rows.add(new TreeRow(depth, n, n.files().isEmpty() ? null : n.files().get(0)));
        for (DocumentGraph.Node c : g.children(n)) {
            walk(g, c, depth + 1, rows);
        }
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam(name = "asOf", required = false) String asOf, Model model) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf);
        DocumentGraph g = graph();
        List<TaskAligner.Link> links = new TaskAligner(g).align(g);
        ComplianceCheck check = new ComplianceCheck();
        model.addAttribute("asOf", date.toString());
        model.addAttribute("findings", check.check(g, links, date));
        model.addAttribute("units", check.load(g, date));
        return "compliance";
    }

    @GetMapping("/compliance/findings.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "asOf", required = false) String asOf) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf);
        DocumentGraph g = graph();
        var findings = new ComplianceCheck().check(g, new TaskAligner(g).align(g), date);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + date + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ComplianceCheck.csv(findings).getBytes(StandardCharsets.UTF_8));
    }
}
