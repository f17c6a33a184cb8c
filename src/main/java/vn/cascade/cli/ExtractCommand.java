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

import vn.cascade.ingest.DocumentReader;
import vn.cascade.pipeline.DocumentPipeline;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads one file (OCR if it is a scan), restores it and prints what was understood,",
                "in the schema of extraction.schema.json. Nothing is indexed."})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print JSON (the only format so far).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new Cascade.UserException("file " + file + " does not exist");
        }
        try (DocumentPipeline pipeline = DocumentPipeline.create(parent.config())) {
            var doc = pipeline.process(DocumentReader.fingerprint(file));
            var extraction = parent.config().understanding().understand(doc.file(), doc.restoredText());
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(extraction.toJson()));
        }
        return 0;
    }
}
