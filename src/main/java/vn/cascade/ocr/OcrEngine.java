package vn.cascade.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Thread-safe OCR over a pool of {@link TesseractSession}s, one per worker thread at most
 * ({@code poolSize}); engines are created lazily and kept for the life of the pool.
 *
 * <p>Run the JVM with {@code OMP_THREAD_LIMIT=1}: Debian's Tesseract uses OpenMP, which on a
 * small machine makes each page several times slower; parallelism comes from the pool instead.
 * A native crash inside Tesseract can take the JVM down; the batch job is restartable for that
 * reason.
 */
public final class OcrEngine implements AutoCloseable {

    private final OcrConfig config;
    private final BlockingQueue<TesseractSession> idle = new LinkedBlockingQueue<>();
    private final List<TesseractSession> all = new ArrayList<>();
    private final int poolSize;

    public OcrEngine(OcrConfig config, int poolSize) {
        this.config = config;
        this.poolSize = Math.max(1, poolSize);
    }

    public OcrConfig config() {
        return config;
    }

    /**
     * Whether OCR can run here: the Tesseract library loads and the configured languages exist.
     * Never throws.
     */
    public static boolean available(OcrConfig config) {
        if (!config.missingLanguages().isEmpty()) {
            return false;
        }
        try (TesseractSession s = new TesseractSession(config)) {
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * Recognises one page image.
     *
     * @throws OcrUnavailableException when Tesseract or the language data is missing
     */
    public OcrResult recognize(BufferedImage image) {
        TesseractSession session = borrow();
        try {
            return session.recognize(image);
        } finally {
            idle.add(session);
        }
    }

    private TesseractSession borrow() {
        TesseractSession s = idle.poll();
        if (s != null) {
            return s;
        }
        synchronized (all) {
            if (all.size() < poolSize) {
                s = create();
                all.add(s);
                return s;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    private TesseractSession create() {
        List<String> missing = config.missingLanguages();
        if (!missing.isEmpty()) {
            throw new OcrUnavailableException("Tesseract language data " + missing + " not found in "
                    + config.tessdataPath() + "; install tesseract-ocr-vie (run ./setup.sh) or set TESSDATA_PREFIX", null);
        }
        try {
            return new TesseractSession(config);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new OcrUnavailableException(
                    "the Tesseract library (libtesseract.so.5) cannot be loaded; install tesseract-ocr (run ./setup.sh)", e);
        }
    }

    /**
     * Waits for recognitions in progress to finish (disposing an engine that is still working
     * crashes the JVM), then disposes every engine.
     */
    @Override
    public void close() {
        synchronized (all) {
            List<TesseractSession> returned = new ArrayList<>();
            try {
                while (returned.size() < all.size()) {
                    returned.add(idle.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // leak the engines rather than crash
            }
            returned.forEach(TesseractSession::close);
            all.clear();
            idle.clear();
        }
    }
}
