package vn.cascade.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Prints the restored text of a UTF-8 text file (or - for standard input),",
                "one output line per input line, so outputs can be compared line by line."})
final class NormalizeCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Text file, or - for standard input.")
    String file;

    @picocli.CommandLine.Option(names = "--changes",
            description = "Print only what was changed, one raw word → restored word per line.")
    boolean changes;

    @Override
    public Integer call() throws IOException {
        String text;
        if ("-".equals(file)) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new Cascade.UserException("file " + file + " does not exist");
            }
            text = Files.readString(p, StandardCharsets.UTF_8);
        }
        var chain = parent.config().normalizationChain();
        var out = spec.commandLine().getOut();
        String restored = chain.normalize(text);
        if (changes) {
            // What restoration changed, word by word, traced back to the raw text.
            for (String[] c : new vn.cascade.normalize.OffsetMap(text, restored).changes()) {
                out.println(c[1] + "\t→\t" + c[0]);
            }
        } else {
            out.print(restored);
        }
        out.flush();
        return 0;
    }
}
