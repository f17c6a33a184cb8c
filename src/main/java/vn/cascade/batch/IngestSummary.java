package vn.cascade.batch;

import java.time.Duration;
import java.util.List;

import vn.cascade.ingest.Quarantine;

/**
 * What one {@code ingest} run did.
 *
 * @param restarted  whether it resumed a run that had stopped
 * @param found      files found under the inputs
 * @param fresh      files never seen before, processed now
 * @param changed    files whose content changed since they were indexed, processed now
 * @param unchanged  files already indexed with this content, skipped
 * @param setAsideBefore files set aside by an earlier run with this content, skipped
 * @param duplicates files whose content is another file's, skipped
 * @param indexed    documents written to the index by this run
 * @param pages      pages read by this run
 * @param ocrPages   of which by OCR
 * @param setAside   files set aside by this run, with reasons
 */
public record IngestSummary(long jobExecutionId, String status, boolean restarted, int found, int fresh, int changed,
                            int unchanged, int setAsideBefore, int duplicates, int indexed, int pages, int ocrPages,
                            List<Quarantine.Entry> setAside, Duration elapsed, String failure) {

    public boolean nothingToDo() {
        return fresh + changed == 0 && !restarted;
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
