package vn.cascade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.batch.IngestRunner;
import vn.cascade.batch.IngestSummary;
import vn.cascade.ingest.Quarantine;
import vn.cascade.pipeline.CascadeConfig;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads every new or changed document under the paths (default: cascade.inputs, corpus/),",
                "restores its Vietnamese and indexes it. Resumes a run that was interrupted.",
                "Files that cannot be read are set aside in <data>/quarantine with the reason."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders or files to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cascade.threads, one per core).")
    Integer threads;

    @Option(names = "--no-progress", description = "Do not draw the progress bar even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        CascadeConfig config = parent.config();
        if (paths != null && !paths.isEmpty()) {
            config = config.withInputs(paths);
        }
        for (Path p : config.inputs()) {
            if (!Files.exists(p)) {
                throw new Cascade.UserException("input " + p + " does not exist");
            }
        }
        if (threads != null) {
            config = config.withThreads(Math.max(1, threads));
        }
        boolean terminal = System.console() != null && !noProgress;
        IngestSummary s = IngestRunner.run(config, terminal ? System.err : null);
        var out = spec.commandLine().getOut();
        if (s.restarted()) {
            out.println("Resumed the run that was interrupted (execution " + s.jobExecutionId() + ").");
        }
        if (s.nothingToDo() && s.completed()) {
            out.printf("Nothing new: %d files found, all already ingested (%d) or set aside before (%d)%s.%n",
                    s.found(), s.unchanged() + s.duplicates(), s.setAsideBefore(),
                    s.duplicates() > 0 ? ", " + s.duplicates() + " duplicates" : "");
        } else {
            out.printf("Found %d files: %d new, %d changed, %d unchanged, %d set aside before, %d duplicates.%n",
                    s.found(), s.fresh(), s.changed(), s.unchanged(), s.setAsideBefore(), s.duplicates());
            out.printf("Indexed %d documents (%d pages, %d by OCR); set aside %d.%n",
                    s.indexed(), s.pages(), s.ocrPages(), s.setAside().size());
            for (Quarantine.Entry e : s.setAside()) {
                out.printf("  set aside %s: %s%n", e.path(), e.message());
            }
        }
        out.printf("Time %.1f s. Data in %s.%n", s.elapsed().toMillis() / 1000.0, config.dataDir().toAbsolutePath());
        if (!s.completed()) {
            spec.commandLine().getErr().println("cascade: the ingest stopped (" + s.status() + "): " + s.failure()
                    + ". Fix the cause and run ingest again: it resumes where it stopped.");
            return 3;
        }
        return 0;
    }
}
