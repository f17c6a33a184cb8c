package vn.cascade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.trace.TraceSource;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = {"The implementation tree from a document down: every plan that carries it out, level by level.",
                "ID is a number-symbol (50-CT/TW), a file name or a document id; without ID, every tree."})
final class TreeCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1")
    String id;

    @Option(names = "--json", description = "Print the tree as JSON.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the tree as an HTML page (collapsible).")
    java.nio.file.Path html;

    @Override
    public Integer call() throws Exception {
        DocumentGraph graph;
        try (DocumentSearcher searcher = parent.openIndex()) {
            graph = DocumentGraph.build(TraceSource.read(searcher));
        }
        List<DocumentGraph.Node> tops = id == null ? graph.roots()
                : List.of(graph.find(id).orElseThrow(() -> new Cascade.UserException(
                "no document '" + id + "' in the index or its citations; 'cascade search' finds documents")));
        PrintWriter out = spec.commandLine().getOut();
        if (html != null) {
            StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                    + "<title>Cascade — cây thực hiện</title><style>body{font-family:serif} li{margin:.2em 0}"
                    + " .m{color:#666}</style></head><body><h1>Cây thực hiện</h1><ul>");
            for (DocumentGraph.Node n : tops) {
                htmlNode(graph, n, sb);
            }
            sb.append("</ul></body></html>");
            java.nio.file.Files.writeString(html, sb, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (json) {
            List<Object> trees = new ArrayList<>();
            for (DocumentGraph.Node n : tops) {
                trees.add(toJson(graph, n));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(id == null ? trees : trees.get(0)));
            return 0;
        }
        for (DocumentGraph.Node n : tops) {
            print(graph, n, "", "", out);
        }
        out.flush();
        return 0;
    }

    private static void htmlNode(DocumentGraph g, DocumentGraph.Node n, StringBuilder sb) {
        String e = org.springframework.web.util.HtmlUtils.htmlEscape(String.join(", ",
                java.util.stream.Stream.of(n.type(), n.issuer(), n.date()).filter(java.util.Objects::nonNull).toList()));
        List<DocumentGraph.Node> children = g.children(n);
        sb.append("<li>").append(children.isEmpty() ? "" : "<details open><summary>")
                .append("<strong>").append(org.springframework.web.util.HtmlUtils.htmlEscape(n.label())).append("</strong> ")
                .append(e).append(" <span class=\"m\">")
                .append(n.ingested() ? n.files().size() + " tệp, " + n.tasks().size() + " nhiệm vụ" : "chỉ biết qua trích dẫn")
                .append("</span>");
        if (!children.isEmpty()) {
            sb.append("</summary><ul>");
            for (DocumentGraph.Node c : children) {
                htmlNode(g, c, sb);
            }
            sb.append("</ul></details>");
        }
        sb.append("</li>");
    }

    private static Map<String, Object> toJson(DocumentGraph g, DocumentGraph.Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.number());
        m.put("type", n.type());
        m.put("title", n.title());
        m.put("issuer", n.issuer());
        m.put("date", n.date());
        m.put("file", n.files().isEmpty() ? null : n.files().get(0));
        m.put("files", n.files());
        if (n.resolution() != null) {
            m.put("resolved_as", Map.of("cited_as", n.resolution().citedAs(),
                    "confidence", n.resolution().confidence(), "evidence", n.resolution().evidence()));
        }
        List<Object> children = new ArrayList<>();
        for (DocumentGraph.Node c : g.children(n)) {
            children.add(toJson(g, c));
        }
        m.put("children", children);
        List<Object> tasks = new ArrayList<>();
        for (var t : n.tasks()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("section", t.section());
            tm.put("kind", t.kind());
            tm.put("units", t.units());
            tm.put("deadline_text", t.deadlineText());
            tm.put("deadline", t.deadlineKind() == null ? null : t.deadlineKind() + (t.deadlineValue() == null ? "" : " " + t.deadlineValue()));
            tm.put("text", t.text());
            tasks.add(tm);
        }
        m.put("tasks", tasks);
        return m;
    }

    private static void print(DocumentGraph g, DocumentGraph.Node n, String lead, String childLead, PrintWriter out) {
        StringBuilder line = new StringBuilder(lead).append(n.label());
        if (n.type() != null) {
            line.append("  ").append(n.type());
        }
        if (n.issuer() != null) {
            line.append(", ").append(n.issuer());
        }
        if (n.date() != null) {
            line.append(", ").append(n.date());
        }
        if (!n.ingested()) {
            line.append("  (known only by citation)");
        } else {
            line.append("  [").append(String.join(", ", n.files())).append("]; ").append(n.tasks().size()).append(" tasks");
        }
        if (n.resolution() != null) {
            line.append(String.format("  (prints no number; taken for %s, confidence %.2f)", n.resolution().citedAs(),
                    n.resolution().confidence()));
        }
        out.println(line);
        List<DocumentGraph.Node> children = g.children(n);
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            print(g, children.get(i), childLead + (last ? "└── " : "├── "), childLead + (last ? "    " : "│   "), out);
        }
    }
}
