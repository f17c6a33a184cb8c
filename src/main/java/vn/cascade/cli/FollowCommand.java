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
        List<TraceTask> roots = node.tasks().stream().filter(t -> section.equals(t.section())).toList();
        if (roots.isEmpty()) {
            throw new Cascade.UserException(node.label() + " has no task in section " + section
                    + "; 'cascade show' lists its tasks");
        }
        List<TaskAligner.Link> links = new TaskAligner(graph).align(graph);
        PrintWriter out = spec.commandLine().getOut();
        List<Object> result = new ArrayList<>();
        for (TraceTask root : roots) {
            if (json) {
                result.add(toJson(node, root, 1.0, links));
            } else {
                print(node, root, 1.0, links, "", out);
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        }
        out.flush();
        return 0;
    }

    private static void print(DocumentGraph.Node n, TraceTask t, double score, List<TaskAligner.Link> links, String indent,
                              PrintWriter out) {
        out.printf("%s%s %s  [%s]  %s%s%n", indent, n.label(), t.section(), String.join(", ", t.units()),
                t.deadlineText() == null ? "no deadline" : t.deadlineText(),
                indent.isEmpty() ? "" : String.format("  (link %.2f)", score));
        out.printf("%s    %s%n", indent, t.text().length() > 180 ? t.text().substring(0, 180) + "…" : t.text());
        for (TaskAligner.Link l : links) {
            if (l.parentTask() == t) {
                print(l.child(), l.childTask(), l.score(), links, indent + "  ", out);
            }
        }
    }

    private static Map<String, Object> toJson(DocumentGraph.Node n, TraceTask t, double score, List<TaskAligner.Link> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", n.label());
        m.put("section", t.section());
        m.put("units", t.units());
        m.put("deadline_text", t.deadlineText());
        m.put("text", t.text());
        m.put("score", score);
        List<Object> children = new ArrayList<>();
        for (TaskAligner.Link l : links) {
            if (l.parentTask() == t) {
                children.add(toJson(l.child(), l.childTask(), l.score(), links));
            }
        }
        m.put("carried_down_by", children);
        return m;
    }
}
