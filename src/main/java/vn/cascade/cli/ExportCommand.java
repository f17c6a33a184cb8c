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
        description = "Writes one JSON per ingested document into DIR, named after its input file (schema of extract --json).")
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
            for (IndexedDocument d : searcher.all()) {
                String stem = d.file().contains(".") ? d.file().substring(0, d.file().lastIndexOf('.')) : d.file();
                Path target = dir.resolve(stem + ".json");
                if (Files.exists(target)) {
                    target = dir.resolve(stem + "." + d.id() + ".json"); // two inputs with one name
                }
                mapper.writeValue(target.toFile(), understanding.understand(d.file(), d.restoredText()).toJson());
                n++;
            }
        }
        spec.commandLine().getOut().println("Wrote " + n + " files to " + dir);
        return 0;
    }
}
