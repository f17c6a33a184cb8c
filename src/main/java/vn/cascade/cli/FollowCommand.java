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
import vn.cascade.trace.FollowChain;
import vn.cascade.trace.TaskAligner;
import vn.cascade.trace.TraceSource;
import vn.cascade.trace.TraceTask;

@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"One solution or task of a document and every task that carries it down, level by level,",
                "with units, deadlines and the link's score."})
final class FollowCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Number-symbol, file name or document id.")
    String id;

    @Parameters(index = "1", paramLabel = "SECTION", description = "Section, e.g. 2.7 or III.2.")
    String section;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the chain as CSV.")
    java.nio.file.Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the chain as an XLSX workbook.")
    java.nio.file.Path xlsx;

    static DocumentGraph graph(Cascade parent) {
        try (DocumentSearcher searcher = parent.openIndex()) {
            return DocumentGraph.build(TraceSource.read(searcher));
        }
    }

    @Override
    public Integer call() throws Exception {
        DocumentGraph graph = graph(parent);
        DocumentGraph.Node node = graph.find(id).orElseThrow(() -> new Cascade.UserException(
                "no document '" + id + "'; 'cascade tree' lists the documents"));
        List<TaskAligner.Link> links = new TaskAligner(graph).align(graph);
        String note = null;
        if (node.tasks().isEmpty()) {
            // Known only by citation: its solutions are those its earliest restatement gives.
            DocumentGraph.Node standIn = TaskAligner.standIn(graph, node);
            if (standIn != null) {
                note = node.label() + " is known only by citation; its solutions as " + standIn.label() + " restates them:";
                node = standIn;
            }
        }
        List<FollowChain> chains = FollowChain.of(node, section, links);
        if (chains.isEmpty()) {
            throw new Cascade.UserException(node.label() + " has no task in section " + section
                    + "; 'cascade show' lists its tasks");
        }
        if (csv != null) {
            java.nio.file.Files.writeString(csv, vn.cascade.trace.FollowReport.csv(chains), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (xlsx != null) {
            try (var os = java.nio.file.Files.newOutputStream(xlsx)) {
                vn.cascade.trace.FollowReport.xlsx(chains, os);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (note != null && !json) {
            out.println(note);
        }
        List<Object> result = new ArrayList<>();
        for (FollowChain chain : chains) {
            if (json) {
                result.add(toJson(chain));
            } else {
                for (FollowChain.Row r : chain.rows()) {
                    print(r, out);
                }
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        }
        out.flush();
        return 0;
    }

    private static void print(FollowChain.Row r, PrintWriter out) {
        String indent = "  ".repeat(r.depth());
        TraceTask t = r.task();
        out.printf("%s%s %s  [%s]  %s%s%n", indent, r.document().label(), t.section(), String.join(", ", t.units()),
                t.deadlineText() == null ? "no deadline" : t.deadlineText(),
                r.depth() == 0 ? "" : String.format("  (link %.2f%s)", r.score(),
                        r.via() == null ? "" : ", read against it as restating " + r.via().label()));
        out.printf("%s    %s%n", indent, t.text().length() > 180 ? t.text().substring(0, 180) + "…" : t.text());
    }

    private static Map<String, Object> toJson(FollowChain c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", c.document().label());
        m.put("section", c.task().section());
        m.put("units", c.task().units());
        m.put("deadline_text", c.task().deadlineText());
        m.put("text", c.task().text());
        m.put("score", c.score());
        m.put("via", c.via() == null ? null : c.via().label());
        m.put("carried_down_by", c.carriedDownBy().stream().map(FollowCommand::toJson).toList());
        return m;
    }
}
