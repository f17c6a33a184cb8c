package vn.cascade.testutil;

import vn.cascade.ocr.CharacterErrorRate;

/** Error rates for OCR tests (the measure `cascade bench ocr` reports). */
public final class TextMetrics {

    private TextMetrics() {
    }

    public static double cer(String reference, String hypothesis) {
        return CharacterErrorRate.of(reference, hypothesis);
    }

    public static String squash(String s) {
        return CharacterErrorRate.squash(s);
    }
}
