package vn.cascade.testutil;

import java.text.Normalizer;

/** Error rates for OCR tests. */
public final class TextMetrics {

    private TextMetrics() {
    }

    /**
     * Character error rate: edit distance between the texts after NFC and whitespace collapsed to
     * single spaces, divided by the reference length.
     */
    public static double cer(String reference, String hypothesis) {
        String r = squash(reference);
        String h = squash(hypothesis);
        return r.isEmpty() ? (h.isEmpty() ? 0 : 1) : (double) levenshtein(r, h) / r.length();
    }

    public static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    static int levenshtein(String a, String b) {
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
