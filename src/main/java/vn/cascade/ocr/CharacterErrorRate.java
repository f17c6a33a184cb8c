package vn.cascade.ocr;

import java.text.Normalizer;

/**
 * Character error rate of OCR output against the text that was printed: edit distance between the
 * two after NFC and whitespace collapsed to single spaces, divided by the reference length.
 * Stateless.
 */
public final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    public static double of(String reference, String hypothesis) {
        String r = squash(reference);
        String h = squash(hypothesis);
        return r.isEmpty() ? (h.isEmpty() ? 0 : 1) : (double) editDistance(r, h) / r.length();
    }

    /** NFC, whitespace runs as one space, trimmed. */
    public static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance in two rolling rows. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
