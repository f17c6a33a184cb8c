package vn.cascade.web;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cascade.batch.IngestRunner;
import vn.cascade.batch.IngestSummary;
import vn.cascade.index.DocumentSearcher;
import vn.cascade.ingest.Quarantine;
import vn.cascade.pipeline.CascadeConfig;

/**
 * The last batch runs (from the job repository), counts, the quarantine with reasons, and a
 * button that starts a batch over the configured inputs, exactly as {@code cascade ingest} would
 * (same lock: a run already going, from here or a terminal, is reported, not doubled).
 */
@Controller
class StatusController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusController.class);

    private final CascadeConfig config;
    private final JobExplorer explorer;
    private final ExecutorService batch = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cascade-web-ingest");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<String> lastOutcome = new AtomicReference<>();

    StatusController(CascadeConfig config, JobExplorer explorer) {
        this.config = config;
        this.explorer = explorer;
    }

    @GetMapping("/status")
    String status(Model model) {
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            model.addAttribute("documents", s == null ? 0 : s.documentCount());
        }
        List<JobExecution> runs = explorer.getJobInstances("ingest", 0, 10).stream()
                .flatMap(i -> explorer.getJobExecutions(i).stream())
                .sorted((a, b) -> Long.compare(b.getId(), a.getId())).limit(10).toList();
        model.addAttribute("runs", runs.stream().map(RunRow::of).toList());
        model.addAttribute("quarantine", new Quarantine(config.dataDir()).entries());
        model.addAttribute("running", running.get());
        model.addAttribute("lastOutcome", lastOutcome.get());
        model.addAttribute("inputs", config.inputs());
        return "status";
    }

    /** One batch run with its steps' counts summed: items read, written (indexed), skipped (set aside). */
    record RunRow(long id, Object startTime, Object endTime, String status, String note, long read, long written, long skipped) {
        static RunRow of(JobExecution e) {
            long read = 0;
            long written = 0;
            long skipped = 0;
            // A partitioned step's manager sums its workers ("ingestWorker:…"): count the workers only, where there are any.
            boolean partitioned = e.getStepExecutions().stream().anyMatch(x -> x.getStepName().contains(":"));
            for (var step : e.getStepExecutions()) {
                if (partitioned && !step.getStepName().contains(":")) {
                    continue;
                }
                read += step.getReadCount();
                written += step.getWriteCount();
                skipped += step.getSkipCount();
            }
            String note = e.getExitStatus() == null ? "" : e.getExitStatus().getExitDescription();
            return new RunRow(e.getId(), e.getStartTime(), e.getEndTime(), e.getStatus().name(),
                    note == null || note.length() <= 200 ? note : note.substring(0, 200) + "…", read, written, skipped);
        }
    }

    @PostMapping("/status/ingest")
    String start(RedirectAttributes redirect) {
        if (!running.compareAndSet(false, true)) {
            redirect.addFlashAttribute("message", "Một lượt xử lý đang chạy. (A batch is already running.)");
            return "redirect:/status";
        }
        batch.submit(() -> {
            try {
                IngestSummary s = IngestRunner.run(config, null);
                lastOutcome.set(String.format("Lượt %d: %s; %d tệp mới/đổi được lập chỉ mục, %d bị tách riêng, %.1f s.",
                        s.jobExecutionId(), s.status(), s.indexed(), s.setAside().size(), s.elapsed().toMillis() / 1000.0));
            } catch (RuntimeException e) {
                LOG.warn("batch started from the web page failed", e);
                lastOutcome.set("Không chạy được: " + e.getMessage());
            } finally {
                running.set(false);
            }
        });
        redirect.addFlashAttribute("message", "Đã bắt đầu một lượt xử lý. (Batch started.)");
        return "redirect:/status";
    }

    @Override
    public void close() {
        batch.shutdownNow();
    }
}
