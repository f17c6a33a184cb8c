package vn.cascade.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.cascade.pipeline.CascadeConfig;

/**
 * The {@code cascade} command line. Global options are read here; each command is its own class.
 * Errors a person can act on are printed as one sentence on stderr with exit code 1; usage errors
 * exit with 2.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true, version = "Cascade 0.1.0",
        description = "Follows a party directive down through every plan that carries it out.",
        subcommands = {IngestCommand.class, StatusCommand.class, SearchCommand.class, ShowCommand.class,
                NormalizeCommand.class, ExtractCommand.class, ExportCommand.class, CorpusCommand.class, BenchCommand.class,
                TrainCommand.class, EvalCommand.class, TreeCommand.class, FollowCommand.class, CheckCommand.class, UnitsCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Cascade {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the index, the job repository and the quarantine live (default: cascade.data-dir, ./data).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Operator configuration (default: pipeline/cascade.properties if present).")
    Path configFile;

    /** The configuration: embedded defaults, the operator's file, then these options. */
    CascadeConfig config() {
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new UserException("configuration file " + configFile + " does not exist");
        }
        CascadeConfig c = CascadeConfig.from(CascadeConfig.load(configFile != null ? configFile : CascadeConfig.OPERATOR_FILE));
        return data != null ? c.withDataDir(data) : c;
    }

    /** The index of the data folder, for reading; an error saying what to do when there is none. */
    vn.cascade.index.DocumentSearcher openIndex() {
        var config = config();
        return vn.cascade.index.DocumentSearcher.open(config.dataDir())
                .orElseThrow(() -> new UserException("no index in " + config.dataDir().toAbsolutePath()
                        + "; run 'cascade ingest' first"));
    }

    public static void main(String[] args) {
        System.exit(execute(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs a command line, printing to the given streams; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Cascade());
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String msg = e instanceof UserException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException || e instanceof vn.cascade.index.QuerySyntaxException
                    || e instanceof vn.cascade.ocr.OcrUnavailableException
                    ? e.getMessage() : e.toString();
            commandLine.getErr().println("cascade: " + msg);
            return 1;
        });
        return cl.execute(args);
    }

    private static PrintStream utf8(PrintStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    /** An error the user can fix; its message says how. */
    static final class UserException extends RuntimeException {
        UserException(String message) {
            super(message);
        }
    }
}
