package vn.cascade.cli;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.batch.IngestProgress;
import vn.cascade.batch.IngestRunner;
import vn.cascade.index.DocumentSearcher;
import vn.cascade.ingest.Quarantine;
import vn.cascade.pipeline.CascadeConfig;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the index, the last batch runs and the files set aside.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CascadeConfig config = parent.config();
        var out = spec.commandLine().getOut();
        out.println("Data folder: " + config.dataDir().toAbsolutePath());
        try (var searcher = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            out.println("Documents indexed: " + (searcher == null ? 0 : searcher.documentCount()));
        }
        if (Files.isDirectory(config.dataDir().resolve("jobrepo"))) {
            try (ConfigurableApplicationContext ctx = IngestRunner.openContext(config, new IngestProgress(null), true)) {
                out.println("Last runs:");
                for (JobExecution e : IngestRunner.recentRuns(ctx, 5)) {
                    long written = e.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("ingestWorker"))
                            .mapToLong(StepExecution::getWriteCount).sum();
                    long skipped = e.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("ingestWorker"))
                            .mapToLong(StepExecution::getProcessSkipCount).sum();
                    String took = e.getStartTime() != null && e.getEndTime() != null
                            ? Duration.between(e.getStartTime(), e.getEndTime()).toSeconds() + " s" : "-";
                    out.printf("  #%d %s %s  indexed %d, set aside %d, %s%n", e.getId(),
                            e.getStartTime() == null ? "-" : e.getStartTime().withNano(0), e.getStatus(), written, skipped, took);
                }
            } catch (RuntimeException e) {
                out.println("Last runs: unavailable (" + e.getMessage() + "); is an ingest running?");
            }
        } else {
            out.println("Last runs: none");
        }
        var entries = new Quarantine(config.dataDir()).entries();
        out.println("Set aside: " + entries.size());
        for (Quarantine.Entry e : entries) {
            out.printf("  %s: %s%n", e.path(), e.message());
        }
        return 0;
    }
}
