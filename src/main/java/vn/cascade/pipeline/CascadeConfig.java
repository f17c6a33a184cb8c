package vn.cascade.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import vn.cascade.ingest.ReadLimits;
import vn.cascade.normalize.ToneMarkPlacement;
import vn.cascade.ocr.OcrConfig;

/**
 * Everything an operator can set, read from properties: the embedded defaults
 * ({@code vn/cascade/pipeline/defaults.properties}), then the operator's file
 * ({@code pipeline/cascade.properties} in the working folder, or one named with {@code --config}),
 * then command-line options. Keys and their meaning are documented in the defaults file.
 */
public record CascadeConfig(Path dataDir, List<Path> inputs, List<String> excludes, OcrConfig ocr,
                            int threads, ReadLimits limits, boolean languageCheck, int languageMinLetters,
                            double languageMinConfidence, ToneMarkPlacement.Style toneStyle, int chunkSize,
                            long commitIntervalMillis, Path normalizerModel, Path nerModel, String webUsers) {

    public static final String DEFAULTS = "/vn/cascade/pipeline/defaults.properties";
    public static final Path OPERATOR_FILE = Path.of("pipeline", "cascade.properties");

    /** Embedded defaults overlaid with the operator's file, if it exists. */
    public static Properties load(Path operatorFile) {
        Properties p = new Properties();
        try (InputStream in = CascadeConfig.class.getResourceAsStream(DEFAULTS)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("embedded defaults " + DEFAULTS + " missing", e);
        }
        if (operatorFile != null && Files.isRegularFile(operatorFile)) {
            try (Reader r = Files.newBufferedReader(operatorFile, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read configuration " + operatorFile, e);
            }
        }
        return p;
    }

    public static CascadeConfig from(Properties p) {
        String tessdata = p.getProperty("cascade.ocr.tessdata", "").strip();
        OcrConfig ocrDefaults = OcrConfig.defaults();
        OcrConfig ocr = new OcrConfig(
                p.getProperty("cascade.ocr.languages", "vie").strip(),
                intOf(p, "cascade.ocr.dpi"),
                tessdata.isEmpty() ? ocrDefaults.tessdataPath() : Path.of(tessdata),
                intOf(p, "cascade.ocr.page-seg-mode"));
        ReadLimits limits = new ReadLimits(
                Long.parseLong(p.getProperty("cascade.limits.max-file-mb").strip()) * 1024 * 1024,
                Long.parseLong(p.getProperty("cascade.limits.max-image-megapixels").strip()) * 1_000_000,
                intOf(p, "cascade.limits.max-pages"),
                intOf(p, "cascade.limits.min-page-chars"));
        int threads = intOf(p, "cascade.threads");
        return new CascadeConfig(
                Path.of(p.getProperty("cascade.data-dir").strip()),
                listOf(p, "cascade.inputs").stream().map(Path::of).toList(),
                listOf(p, "cascade.exclude"),
                ocr,
                threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads,
                limits,
                Boolean.parseBoolean(p.getProperty("cascade.language.check").strip()),
                intOf(p, "cascade.language.min-letters"),
                Double.parseDouble(p.getProperty("cascade.language.min-confidence").strip()),
                ToneMarkPlacement.Style.valueOf(p.getProperty("cascade.normalize.tone-style").strip()),
                intOf(p, "cascade.batch.chunk-size"),
                intOf(p, "cascade.batch.commit-interval-ms"),
                home(p.getProperty("cascade.normalize.model", "models/normalizer").strip()),
                home(p.getProperty("cascade.understand.ner-model", "models/understand/ner-vi.bin").strip()),
                p.getProperty("cascade.web.users", "").strip());
    }

    /** The defaults with the operator's file from the working folder. */
    public static CascadeConfig standard() {
        return from(load(OPERATOR_FILE));
    }

    public CascadeConfig withDataDir(Path dir) {
        return new CascadeConfig(dir, inputs, excludes, ocr, threads, limits, languageCheck, languageMinLetters,
                languageMinConfidence, toneStyle, chunkSize, commitIntervalMillis, normalizerModel, nerModel, webUsers);
    }

    public CascadeConfig withInputs(List<Path> in) {
        return new CascadeConfig(dataDir, in, excludes, ocr, threads, limits, languageCheck, languageMinLetters,
                languageMinConfidence, toneStyle, chunkSize, commitIntervalMillis, normalizerModel, nerModel, webUsers);
    }

    public CascadeConfig withThreads(int n) {
        return new CascadeConfig(dataDir, inputs, excludes, ocr, n, limits, languageCheck, languageMinLetters,
                languageMinConfidence, toneStyle, chunkSize, commitIntervalMillis, normalizerModel, nerModel, webUsers);
    }

    public CascadeConfig withLimits(ReadLimits l) {
        return new CascadeConfig(dataDir, inputs, excludes, ocr, threads, l, languageCheck, languageMinLetters,
                languageMinConfidence, toneStyle, chunkSize, commitIntervalMillis, normalizerModel, nerModel, webUsers);
    }

    /**
     * A relative path is taken from the working folder if it exists there, else from Cascade's
     * installation folder (the launcher sets {@code cascade.home}), so models are found from anywhere.
     */
    private static Path home(String path) {
        Path p = Path.of(path);
        String home = System.getProperty("cascade.home");
        if (p.isAbsolute() || Files.exists(p) || home == null) {
            return p;
        }
        return Path.of(home).resolve(p);
    }

    /** The understanding stage: with the trained name finder when there is one. */
    public vn.cascade.understand.Understanding understanding() {
        return vn.cascade.understand.Understanding.withModel(nerModel);
    }

    /** The normalisation chain this configuration asks for: with OCR restoration when a model is trained. */
    public vn.cascade.normalize.NormalizationChain normalizationChain() {
        return vn.cascade.normalize.NormalizerModel.loadIfPresent(normalizerModel)
                .map(m -> vn.cascade.normalize.NormalizationChain.withRestorer(toneStyle, m.restorer()))
                .orElseGet(() -> vn.cascade.normalize.NormalizationChain.standard(toneStyle));
    }

    private static int intOf(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("configuration key " + key + " is missing");
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration key " + key + " must be a whole number, not '" + v + "'");
        }
    }

    private static List<String> listOf(Properties p, String key) {
        return Arrays.stream(p.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
