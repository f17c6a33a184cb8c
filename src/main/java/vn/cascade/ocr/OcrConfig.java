package vn.cascade.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to run Tesseract.
 *
 * @param languages    Tesseract language codes joined by '+', e.g. {@code vie}
 * @param dpi          resolution at which PDF pages are rasterised and which Tesseract is told
 * @param tessdataPath folder holding {@code <lang>.traineddata}
 * @param pageSegMode  Tesseract page segmentation mode (3 = fully automatic, 6 = one block)
 */
public record OcrConfig(String languages, int dpi, Path tessdataPath, int pageSegMode) {

    /** Where Debian/Ubuntu packages put traineddata, newest layout first. */
    private static final List<String> KNOWN_TESSDATA = List.of(
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata",
            "/usr/local/share/tessdata");

    public static OcrConfig defaults() {
        return new OcrConfig("vie", 300, findTessdata().orElse(Path.of(KNOWN_TESSDATA.get(0))), 3);
    }

    public OcrConfig withLanguages(String languages) {
        return new OcrConfig(languages, dpi, tessdataPath, pageSegMode);
    }

    /** TESSDATA_PREFIX if set, else the first Debian location that exists. */
    public static Optional<Path> findTessdata() {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Optional.of(Files.isDirectory(p.resolve("tessdata")) ? p.resolve("tessdata") : p);
        }
        return KNOWN_TESSDATA.stream().map(Path::of).filter(Files::isDirectory).findFirst();
    }

    /** The traineddata files this configuration needs that are not present. */
    public List<String> missingLanguages() {
        return List.of(languages.split("\\+")).stream()
                .filter(l -> !Files.isRegularFile(tessdataPath.resolve(l + ".traineddata")))
                .toList();
    }
}
