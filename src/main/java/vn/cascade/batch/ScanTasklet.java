package vn.cascade.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import vn.cascade.domain.SourceFile;
import vn.cascade.index.DocumentIndex;
import vn.cascade.ingest.DocumentReader;
import vn.cascade.ingest.Quarantine;

/**
 * First step: finds the files under the inputs whose content is new or changed since they were
 * last indexed (or set aside), and writes them to the work list of this job instance. Counts go to
 * the job's execution context for the summary.
 * (Not final: Spring makes a job-scoped proxy subclass of it.)
 */
class ScanTasklet implements Tasklet {

    static final String WORK_LIST = "cascade.workList";
    static final String FOUND = "cascade.found";
    static final String NEW = "cascade.new";
    static final String CHANGED = "cascade.changed";
    static final String UNCHANGED = "cascade.unchanged";
    static final String SET_ASIDE_BEFORE = "cascade.setAsideBefore";
    static final String DUPLICATES = "cascade.duplicates";

    private final List<Path> inputs;
    private final List<String> excludes;
    private final DocumentIndex index;
    private final Quarantine quarantine;
    private final Path workDir;

    ScanTasklet(List<Path> inputs, List<String> excludes, DocumentIndex index, Quarantine quarantine, Path workDir) {
        this.inputs = inputs;
        this.excludes = excludes;
        this.index = index;
        this.quarantine = quarantine;
        this.workDir = workDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, String> indexed = index.ledger();
        Set<String> indexedHashes = new HashSet<>(indexed.values());
        Set<String> seen = new HashSet<>();
        List<SourceFile> work = new ArrayList<>();
        int found = 0, fresh = 0, changed = 0, unchanged = 0, setAside = 0, duplicates = 0;
        for (Path input : inputs) {
            for (Path file : list(input)) {
                found++;
                SourceFile f = DocumentReader.fingerprint(file);
                String previous = indexed.get(f.path().toString());
                if (!seen.add(f.sha256())) {
                    duplicates++;
                } else if (f.sha256().equals(previous) || indexedHashes.contains(f.sha256())) {
                    unchanged++;
                } else if (quarantine.contains(f.sha256())) {
                    setAside++;
                } else {
                    if (previous != null) {
                        changed++;
                    } else {
                        fresh++;
                    }
                    work.add(f);
                }
            }
        }
        long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        Path workList = workDir.resolve("ingest-" + jobExecutionId + ".tsv");
        WorkList.write(workList, work);
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putString(WORK_LIST, workList.toString());
        job.putInt(FOUND, found);
        job.putInt(NEW, fresh);
        job.putInt(CHANGED, changed);
        job.putInt(UNCHANGED, unchanged);
        job.putInt(SET_ASIDE_BEFORE, setAside);
        job.putInt(DUPLICATES, duplicates);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    private List<Path> list(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input " + input + " does not exist");
        }
        List<PathMatcher> matchers = excludes.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = input.relativize(p);
                        // "**/x" in a glob needs at least one folder; test the bare name too.
                        Path withRoot = Path.of("_").resolve(rel);
                        return matchers.stream().noneMatch(m -> m.matches(rel) || m.matches(withRoot));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }
}
