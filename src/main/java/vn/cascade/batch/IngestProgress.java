package vn.cascade.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.cascade.ingest.Quarantine;

/**
 * Counts what the workers did, for the progress line on a terminal and the summary at the end.
 * Thread-safe.
 */
public final class IngestProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger ocrPages = new AtomicInteger();
    private final List<Quarantine.Entry> setAside = Collections.synchronizedList(new ArrayList<>());
    private final PrintStream terminal;
    private volatile long startNanos = System.nanoTime();

    /** @param terminal where to draw the progress line, or null for none (not a terminal) */
    public IngestProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    void start(int totalFiles) {
        total.set(totalFiles);
        startNanos = System.nanoTime();
        draw();
    }

    void indexed(int pageCount, int ocrPageCount) {
        indexed.incrementAndGet();
        pages.addAndGet(pageCount);
        ocrPages.addAndGet(ocrPageCount);
        done.incrementAndGet();
        draw();
    }

    void setAside(Quarantine.Entry entry) {
        setAside.add(entry);
        done.incrementAndGet();
        draw();
    }

    public int indexedCount() {
        return indexed.get();
    }

    public int pageCount() {
        return pages.get();
    }

    public int ocrPageCount() {
        return ocrPages.get();
    }

    public List<Quarantine.Entry> setAsideEntries() {
        synchronized (setAside) {
            return List.copyOf(setAside);
        }
    }

    private void draw() {
        if (terminal == null) {
            return;
        }
        int t = total.get();
        int d = done.get();
        long elapsed = System.nanoTime() - startNanos;
        String eta = d == 0 || t == 0 ? "--:--" : format(Duration.ofNanos(elapsed / d * (t - d)));
        int width = 30;
        int filled = t == 0 ? width : (int) ((long) width * d / t);
        synchronized (terminal) {
            terminal.printf("\r[%s%s] %d/%d files, %d pages (%d OCR), ETA %s ",
                    "#".repeat(filled), " ".repeat(width - filled), d, t, pages.get(), ocrPages.get(), eta);
            if (d == t) {
                terminal.println();
            }
            terminal.flush();
        }
    }

    private static String format(Duration d) {
        return String.format("%02d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
