package vn.cascade.normalize.train;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.normalize.train.TokenAligner.AlignedPair;
import vn.cascade.normalize.train.TokenAligner.Op;
import vn.cascade.ocr.OcrEngine;

/**
 * Makes a parallel corpus of (intended word, OCR reading) pairs for learning the OCR channel
 * P(observed | intended): accented text is rendered as scanned pages, read back by Tesseract
 * (with the English model, which does not know Vietnamese and so loses diacritics and confuses
 * letters the way the seed scans do: {@code số → s6}, {@code của → cia}, {@code được → dugc}),
 * and the OCR text is aligned token by token with the text that was drawn.
 *
 * <p>Thread-safe; {@link #make} may be called concurrently with the same engine.
 */
public final class SyntheticOcrCorpus {

    /** The serif families {@link #variations} draws from; all cover Vietnamese. */
    public static final List<String> FONT_FAMILIES = List.of("Noto Serif", "Liberation Serif", "DejaVu Serif", "FreeSerif");

    private final PageRenderer renderer;
    private final TokenAligner aligner;

    public SyntheticOcrCorpus() {
        this(new PageRenderer(), new TokenAligner());
    }

    public SyntheticOcrCorpus(PageRenderer renderer, TokenAligner aligner) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /**
     * Renders {@code accentedLines} (light Markdown allowed, see {@link PageRenderer}), OCRs every
     * page with {@code engine}, and aligns the whole visible text with the whole OCR output (pages
     * concatenated in order).
     *
     * @return the aligned pairs, every reference and every OCR token exactly once, in order
     */
    public List<AlignedPair> make(List<String> accentedLines, RenderOptions options, OcrEngine engine) {
        Objects.requireNonNull(engine, "engine");
        List<BufferedImage> pages = renderer.render(accentedLines, options);
        String reference = nfc(String.join("\n", PageRenderer.visibleText(accentedLines)));
        String observed = nfc(String.join("\n", ocr(pages, engine)));
        return aligner.align(reference, observed);
    }

    /** OCR of each page, in page order; pages are read concurrently up to the processor count. */
    private static List<String> ocr(List<BufferedImage> pages, OcrEngine engine) {
        if (pages.size() == 1) {
            return List.of(engine.recognize(pages.get(0)).text());
        }
        int threads = Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synthetic-ocr");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> futures = new ArrayList<>(pages.size());
            for (BufferedImage page : pages) {
                futures.add(pool.submit(() -> engine.recognize(page).text()));
            }
            List<String> texts = new ArrayList<>(pages.size());
            for (Future<String> f : futures) {
                texts.add(f.get());
            }
            return texts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while OCR-ing synthetic pages", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown(); // tasks have finished or failed: never leaves a recognition running
        }
    }

    /**
     * {@code n} varied renderings, the same for the same seed: fonts cycle through
     * {@link #FONT_FAMILIES} in a shuffled order, sizes 11–14 pt in half points, speckle
     * 0–0.0004, skew up to 0–0.8°, blur on a third of them (⌊n/3⌋ or ⌈n/3⌉), each with its own
     * render seed.
     */
    public static List<RenderOptions> variations(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        Random rnd = new Random(seed);
        List<Boolean> blur = new ArrayList<>(n);
        int blurred = (int) Math.round(n / 3.0);
        for (int k = 0; k < n; k++) {
            blur.add(k < blurred);
        }
        Collections.shuffle(blur, rnd);
        List<String> fonts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            fonts.add(FONT_FAMILIES.get(k % FONT_FAMILIES.size()));
        }
        Collections.shuffle(fonts, rnd);
        List<RenderOptions> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double size = 11 + 0.5 * rnd.nextInt(7);
            double speckle = rnd.nextDouble() * 0.0004;
            double skew = rnd.nextDouble() * 0.8;
            out.add(RenderOptions.defaults()
                    .withFontFamily(fonts.get(k))
                    .withFontSize(size)
                    .withSpeckle(speckle)
                    .withSkew(skew)
                    .withBlur(blur.get(k))
                    .withSeed(rnd.nextLong()));
        }
        return out;
    }

    /**
     * Writes one pair per line, {@code intended<TAB>observed<TAB>OP}, UTF-8, NFC; the empty side
     * of a DELETED or INSERTED pair is an empty field.
     *
     * @throws IllegalArgumentException if a field holds whitespace other than single spaces
     *                                  between tokens (a tab or line break would corrupt the file)
     */
    public static void writeTsv(List<AlignedPair> pairs, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (AlignedPair p : pairs) {
                    w.write(field(p.intended()));
                    w.write('\t');
                    w.write(field(p.observed()));
                    w.write('\t');
                    w.write(p.op().name());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a file written by {@link #writeTsv}. */
    public static List<AlignedPair> readTsv(Path file) {
        List<AlignedPair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalArgumentException(file + ":" + no + ": expected 3 tab-separated fields, found " + f.length);
                }
                Op op;
                try {
                    op = Op.valueOf(f[2]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + no + ": unknown op \"" + f[2] + "\"", e);
                }
                out.add(new AlignedPair(nfc(f[0]), nfc(f[1]), op));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static String field(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = TokenAligner.isSpace(c);
            if (space && (c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ')) {
                throw new IllegalArgumentException("token holds whitespace other than one joining space: \""
                        + s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "\"");
            }
        }
        return nfc(s);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
