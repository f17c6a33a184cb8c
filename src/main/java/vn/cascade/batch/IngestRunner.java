package vn.cascade.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import vn.cascade.pipeline.CascadeConfig;

/**
 * Starts the ingest job, or resumes the last one if it did not finish, and reports what it did.
 *
 * <p>Only one ingest runs per data folder: a file lock ({@code <data>/ingest.lock}) guards it. Holding
 * the lock proves that an execution the job repository still calls running is dead (killed, or the
 * machine stopped); it is marked failed and restarted with the same parameters, so Spring Batch
 * resumes each worker from its last commit. The job repository is an H2 file under
 * {@code <data>/jobrepo}.
 */
public final class IngestRunner {

    private IngestRunner() {
    }

    /** The Spring application of the batch: auto-configured Batch over H2, and the ingest job. */
    @org.springframework.boot.SpringBootConfiguration
    @EnableAutoConfiguration(exclude = {
            org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
            org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration.class})
    @Import(IngestJobConfiguration.class)
    public static class BatchApplication {
    }

    /**
     * Opens the batch's Spring context over the data folder of {@code config}.
     *
     * @param extra further configuration classes (tests use this to replace a bean)
     */
    public static ConfigurableApplicationContext openContext(CascadeConfig config, IngestProgress progress,
                                                             Class<?>... extra) {
        return openContext(config, progress, false, extra);
    }

    /**
     * @param lazy create beans only when asked for: a reader of the job repository (status) then
     *             never opens the index writer or loads the models
     */
    public static ConfigurableApplicationContext openContext(CascadeConfig config, IngestProgress progress, boolean lazy,
                                                             Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = BatchApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .lazyInitialization(lazy)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("cascadeConfig", config);
                    ctx.getBeanFactory().registerSingleton("ingestProgress", progress);
                })
                .properties(Map.of(
                        "spring.datasource.url", jdbcUrl(config),
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "",
                        "spring.batch.job.enabled", "false",
                        "spring.batch.jdbc.initialize-schema", "always",
                        "spring.main.allow-bean-definition-overriding", "true",
                        "logging.level.root", "WARN",
                        "logging.level.org.apache.pdfbox", "ERROR",
                        "logging.level.org.apache.fontbox", "ERROR"))
                .run();
    }

    /**
     * The job repository's H2 file. AUTO_SERVER lets the web page read the runs while a batch
     * writes them (H2 serves the file over loopback to the second process).
     */
    public static String jdbcUrl(CascadeConfig config) {
        Path repo = config.dataDir().toAbsolutePath().resolve("jobrepo").resolve("cascade");
        return "jdbc:h2:file:" + repo + ";AUTO_SERVER=TRUE";
    }

    /** Runs (or resumes) the ingest of {@code inputs}, holding the data folder's lock. */
    public static IngestSummary run(CascadeConfig config, PrintStream terminal, Class<?>... extra) {
        Path dataDir = config.dataDir();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        try (FileChannel ch = FileChannel.open(dataDir.resolve("ingest.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another ingest is running on " + dataDir.toAbsolutePath()
                        + "; wait for it to finish");
            }
            IngestProgress progress = new IngestProgress(terminal);
            try (ConfigurableApplicationContext ctx = openContext(config, progress, extra)) {
                return launch(ctx, config, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dataDir.resolve("ingest.lock"), e);
        }
    }

    private static IngestSummary launch(ConfigurableApplicationContext ctx, CascadeConfig config, IngestProgress progress) {
        JobExplorer explorer = ctx.getBean(JobExplorer.class);
        JobRepository repository = ctx.getBean(JobRepository.class);
        JobLauncher launcher = ctx.getBean(JobLauncher.class);
        Job job = ctx.getBean("ingestJob", Job.class);

        String inputs = config.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n"));
        JobParameters params = null;
        boolean restart = false;
        JobInstance last = explorer.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last != null) {
            JobExecution lastExecution = explorer.getLastJobExecution(last);
            if (lastExecution != null && lastExecution.getStatus().isRunning()) {
                markDead(repository, lastExecution);
            }
            if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED
                    && lastExecution.getStatus() != BatchStatus.ABANDONED
                    && inputs.equals(lastExecution.getJobParameters().getString(IngestJobConfiguration.INPUTS))) {
                params = lastExecution.getJobParameters();
                restart = true;
            }
        }
        if (params == null) {
            params = new JobParametersBuilder()
                    .addString(IngestJobConfiguration.INPUTS, inputs)
                    .addLocalDateTime("run", LocalDateTime.now())
                    .toJobParameters();
        }
        long start = System.nanoTime();
        JobExecution execution;
        try {
            execution = launcher.run(job, params);
        } catch (Exception e) {
            throw new IllegalStateException("the ingest job could not start: " + e.getMessage(), e);
        }
        var ctxJob = execution.getExecutionContext();
        String failure = execution.getAllFailureExceptions().stream()
                .map(t -> rootMessage(t)).distinct().collect(Collectors.joining("; "));
        return new IngestSummary(execution.getId(), execution.getStatus().name(), restart,
                ctxJob.getInt(ScanTasklet.FOUND, 0), ctxJob.getInt(ScanTasklet.NEW, 0),
                ctxJob.getInt(ScanTasklet.CHANGED, 0), ctxJob.getInt(ScanTasklet.UNCHANGED, 0),
                ctxJob.getInt(ScanTasklet.SET_ASIDE_BEFORE, 0), ctxJob.getInt(ScanTasklet.DUPLICATES, 0),
                progress.indexedCount(), progress.pageCount(), progress.ocrPageCount(), progress.setAsideEntries(),
                Duration.ofNanos(System.nanoTime() - start), failure.isEmpty() ? null : failure);
    }

    /** A run the repository calls running while we hold the lock died; record it as failed so it can restart. */
    private static void markDead(JobRepository repository, JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("the process stopped before this step finished"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the process stopped before the job finished"));
        execution.setEndTime(now);
        repository.update(execution);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage();
    }

    /** Recent executions of the ingest job, newest first, for {@code status}. */
    public static List<JobExecution> recentRuns(ConfigurableApplicationContext ctx, int max) {
        JobExplorer explorer = ctx.getBean(JobExplorer.class);
        return explorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, max).stream()
                .flatMap(i -> explorer.getJobExecutions(i).stream())
                .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
                .limit(max)
                .toList();
    }
}
