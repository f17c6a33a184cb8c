package vn.cascade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.cascade.index.IndexedDocument;
import vn.cascade.understand.Understanding;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes one JSON per ingested document into DIR, named after its input file (schema of extract",
                "--json), each task with its parent: the parent plan's task it carries out, with a confidence."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Write JSON (the only format so far).")
    boolean json;

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws Exception {
        var config = parent.config();
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Understanding understanding = config.understanding();
        int n = 0;
        try (DocumentSearcher searcher = parent.openIndex()) {
            var graph = vn.cascade.trace.DocumentGraph.build(vn.cascade.trace.TraceSource.read(searcher));
            var links = new vn.cascade.trace.TaskAligner(graph).align(graph);
            for (IndexedDocument d : searcher.all()) {
                String stem = d.file().contains(".") ? d.file().substring(0, d.file().lastIndexOf('.')) : d.file();
                Path target = dir.resolve(stem + ".json");
                if (Files.exists(target)) {
                    target = dir.resolve(stem + "." + d.id() + ".json"); // two inputs with one name
                }
                var json = understanding.understand(d.file(), d.restoredText()).toJson();
                addParents(json, graph.find(d.file()).orElse(null), links);
                mapper.writeValue(target.toFile(), json);
                n++;
            }
        }
        spec.commandLine().getOut().println("Wrote " + n + " files to " + dir);
        return 0;
    }

    /**
     * Each task's parent: the parent plan's task it carries out ({doc, section, confidence}), or
     * null. When the parent is known only by citation, the sibling plan's restatement stands for
     * it and "via" names the absent parent.
     */
    @SuppressWarnings("unchecked")
    private static void addParents(java.util.Map<String, Object> json, vn.cascade.trace.DocumentGraph.Node node,
                                   java.util.List<vn.cascade.trace.TaskAligner.Link> links) {
        for (var task : (java.util.List<java.util.Map<String, Object>>) json.get("tasks")) {
            java.util.Map<String, Object> parent = null;
            for (var l : links) {
                if (l.child() == node && java.util.Objects.equals(l.childTask().section(), task.get("section"))
                        && java.util.Objects.equals(l.childTask().text(), task.get("text"))) {
                    parent = new java.util.LinkedHashMap<>();
                    parent.put("doc", l.parent().number());
                    parent.put("section", l.parentTask().section());
                    parent.put("confidence", Math.round(l.score() * 1000) / 1000.0);
                    if (l.via() != null) {
                        parent.put("via", l.via().label());
                    }
                }
            }
            task.put("parent", parent);
        }
    }
}
