package vn.cascade.web;

import java.util.List;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.ingest.Quarantine;
import vn.cascade.pipeline.CascadeConfig;

/** The last batch runs (from the job repository), counts, and the quarantine with reasons. */
@Controller
class StatusController {

    private final CascadeConfig config;
    private final JobExplorer explorer;

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
        model.addAttribute("runs", runs);
        model.addAttribute("quarantine", new Quarantine(config.dataDir()).entries());
        return "status";
    }
}
