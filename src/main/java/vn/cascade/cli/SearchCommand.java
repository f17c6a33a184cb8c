package vn.cascade.cli;

import java.util.List;
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
import vn.cascade.index.SearchHit;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the restored text; accents are optional (chi thi 50 finds Chỉ thị 50),",
                "accented matches rank first. All words must occur; \"quotes\" make a phrase."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most results to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        try (DocumentSearcher searcher = parent.openIndex()) {
            List<SearchHit> hits = searcher.search(query, Math.max(1, limit));
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(hits));
                return 0;
            }
            if (hits.isEmpty()) {
                out.println("No document matches \"" + query + "\".");
                return 0;
            }
            int i = 1;
            for (SearchHit h : hits) {
                out.printf("%d. %s  [%s]  score %.2f%n   %s%n   %s%n", i++, h.file(), h.id(), h.score(), h.path(), h.snippet());
            }
        }
        return 0;
    }
}
