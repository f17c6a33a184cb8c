package vn.cascade.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Sets aside text that is confidently not Vietnamese, using OpenNLP's language detector (the
 * 103-language model from {@code opennlp-models-langdetect}). Unaccented and OCR-damaged
 * Vietnamese is still recognised as Vietnamese by that model, so restoration need not come first.
 * Texts too short to judge pass. Thread-safe: the model is loaded once and each call makes its own
 * detector.
 */
public final class LanguageGuard {

    private static final String MODEL = "/langdetect-183.bin";
    private final LanguageDetectorModel model;
    private final int minLetters;
    private final double minConfidence;

    /**
     * @param minLetters    texts with fewer letters are not judged
     * @param minConfidence a text is rejected only when another language is this confident
     */
    public LanguageGuard(int minLetters, double minConfidence) {
        try (InputStream in = LanguageGuard.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.minLetters = minLetters;
        this.minConfidence = minConfidence;
    }

    public static LanguageGuard defaults() {
        return new LanguageGuard(200, 0.5);
    }

    /** The most likely language (ISO 639-3) and its confidence. */
    public Language detect(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        return new LanguageDetectorME(model).predictLanguage(sample);
    }

    /** @throws UnreadableDocumentException when the text is long enough and confidently not Vietnamese */
    public void check(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < minLetters) {
            return;
        }
        Language best = detect(text);
        if (!"vie".equals(best.getLang()) && best.getConfidence() >= minConfidence) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_VIETNAMESE,
                    String.format("detected %s (confidence %.2f)", best.getLang(), best.getConfidence()));
        }
    }
}
