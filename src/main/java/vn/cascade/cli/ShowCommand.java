package vn.cascade.cli;

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

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one indexed document: where it came from, its pages and OCR confidence, its restored text.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Document id (from search) or input file name.")
    String id;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Option(names = "--raw", description = "Print the text as read (before restoration) instead of the restored text.")
    boolean raw;

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (DocumentSearcher searcher = parent.openIndex()) {
            IndexedDocument d = searcher.get(id)
                    .orElseThrow(() -> new Cascade.UserException("no document with id or file name '" + id
                            + "'; 'cascade search' lists ids"));
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(d));
                return 0;
            }
            out.printf("%s  [%s]%nfile: %s%ntype: %s, %d pages (%d by OCR%s)%ningested: %s%n%n", d.file(), d.id(),
                    d.path(), d.mediaType(), d.pages(), d.ocrPages(),
                    d.ocrConfidence().isEmpty() ? "" : ", confidence per page " + d.ocrConfidence(), d.ingestedAt());
            out.printf("understood: %s %s, %s, %s%s; %d tasks%n", nz(d.type()), nz(d.numberSymbol()), nz(d.issuer()),
                    d.place() == null ? "" : d.place() + ", ", nz(d.date()), d.tasks().size());
            for (String t : d.tasks()) {
                out.println("  " + (t.length() > 200 ? t.substring(0, 200) + "…" : t));
            }
            out.println();
            out.println(raw ? d.rawText() : d.restoredText());
        }
        return 0;
    }
}
