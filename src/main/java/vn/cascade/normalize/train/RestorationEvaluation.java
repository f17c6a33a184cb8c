package vn.cascade.normalize.train;

import java.util.ArrayList;
import java.util.List;

import vn.cascade.normalize.Syllables;
import vn.cascade.normalize.TextNormalizer;
import vn.cascade.normalize.ToneMarkPlacement;

/**
 * Measures restoration against a gold transcription. Syllables are the word tokens of a text
 * (letters and digits), compared case-insensitively in NFC with one tone-mark convention on both
 * sides. A gold syllable is right in a text when it is matched in the longest common subsequence
 * of the two syllable sequences (so splits, merges and insertions cost what they should).
 *
 * <p>Reported: syllable accuracy of the input and of the output (matched gold syllables / gold
 * syllables); of the gold syllables the input got wrong, the share the output got right
 * (corrected); of those the input got right, the share the output got wrong (broken).
 */
public final class RestorationEvaluation {

    /** The figures of one evaluation. */
    public record Result(int goldSyllables, double inputAccuracy, double outputAccuracy, double corrected,
                         double broken, int wrongInInput, int rightInInput, long restoreNanos) {

        public double syllablesPerSecond() {
            return goldSyllables / (restoreNanos / 1e9);
        }

        public String describe() {
            return String.format("syllables %d; accuracy input %.4f -> output %.4f; corrected %.4f of %d wrong; "
                            + "broken %.4f of %d right; %.0f syllables/s", goldSyllables, inputAccuracy, outputAccuracy,
                    corrected, wrongInInput, broken, rightInInput, syllablesPerSecond());
        }
    }

    private static final ToneMarkPlacement TONES = new ToneMarkPlacement(ToneMarkPlacement.Style.OLD);

    private RestorationEvaluation() {
    }

    public static Result evaluate(String gold, String input, TextNormalizer restorer) {
        long start = System.nanoTime();
        String output = restorer.normalize(input);
        long nanos = System.nanoTime() - start;
        List<String> g = syllables(gold);
        boolean[] rightIn = matched(g, syllables(input));
        boolean[] rightOut = matched(g, syllables(output));
        int inRight = 0;
        int outRight = 0;
        int corrected = 0;
        int broken = 0;
        for (int i = 0; i < g.size(); i++) {
            if (rightIn[i]) {
                inRight++;
                if (!rightOut[i]) {
                    broken++;
                }
            } else if (rightOut[i]) {
                corrected++;
            }
            if (rightOut[i]) {
                outRight++;
            }
        }
        int n = Math.max(1, g.size());
        int wrong = g.size() - inRight;
        return new Result(g.size(), inRight / (double) n, outRight / (double) n,
                wrong == 0 ? 0 : corrected / (double) wrong, inRight == 0 ? 0 : broken / (double) inRight,
                wrong, inRight, nanos);
    }

    /**
     * How well the restorer's margins tell a reader which restorations to check: of the words it
     * changed, how many it was sure of (margin at or above {@code threshold}) and how many of those
     * are wrong against the gold, and the same for the doubtful ones. A wrong word is a restored
     * word outside the longest common subsequence with the gold.
     */
    public record Calibration(double threshold, int confident, int confidentWrong, int doubtful, int doubtfulWrong) {
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "changed words: %d sure (margin >= %.1f), %.1f%% of them wrong; %d doubtful, %.1f%% of them wrong",
                    confident, threshold, 100.0 * confidentWrong / Math.max(1, confident), doubtful,
                    100.0 * doubtfulWrong / Math.max(1, doubtful));
        }
    }

    public static Calibration calibrate(String gold, vn.cascade.normalize.OcrRestorer.Scored scored, double threshold) {
        String out = scored.text();
        List<String> outSyllables = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String s = TONES.normalize(Syllables.lower(out));
        boolean samePositions = s.length() == out.length();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (cur.length() == 0) {
                    starts.add(i);
                }
                cur.append(c);
            } else if (cur.length() > 0) {
                outSyllables.add(cur.toString());
                cur.setLength(0);
            }
        }
        boolean[] right = matched(outSyllables, syllables(gold));
        int confident = 0;
        int confidentWrong = 0;
        int doubtful = 0;
        int doubtfulWrong = 0;
        for (var c : scored.changes()) {
            if (!samePositions) {
                break;
            }
            int k = java.util.Collections.binarySearch(starts, c.start());
            if (k < 0) {
                continue; // the change begins inside a token (a prefix kept): not a syllable of its own
            }
            boolean wrong = !right[k];
            if (c.margin() >= threshold) {
                confident++;
                confidentWrong += wrong ? 1 : 0;
            } else {
                doubtful++;
                doubtfulWrong += wrong ? 1 : 0;
            }
        }
        return new Calibration(threshold, confident, confidentWrong, doubtful, doubtfulWrong);
    }

    /** The syllable tokens of a text, lower case, NFC, OLD tone convention. */
    public static List<String> syllables(String text) {
        String s = TONES.normalize(Syllables.lower(text));
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    /** For each gold syllable, whether it is matched in an LCS with the other sequence. */
    static boolean[] matched(List<String> gold, List<String> other) {
        int n = gold.size();
        int m = other.size();
        // Two rolling rows for lengths and two bitmaps for the path: memory n*m/4 bytes.
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        java.util.BitSet diag = new java.util.BitSet();
        java.util.BitSet up = new java.util.BitSet();
        for (int i = 1; i <= n; i++) {
            String gi = gold.get(i - 1);
            for (int j = 1; j <= m; j++) {
                long cell = (long) i * (m + 1) + j;
                if (gi.equals(other.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    diag.set((int) Math.min(Integer.MAX_VALUE, cell));
                } else if (prev[j] >= cur[j - 1]) {
                    cur[j] = prev[j];
                    up.set((int) Math.min(Integer.MAX_VALUE, cell));
                } else {
                    cur[j] = cur[j - 1];
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        boolean[] out = new boolean[n];
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            int cell = (int) Math.min(Integer.MAX_VALUE, (long) i * (m + 1) + j);
            if (diag.get(cell)) {
                out[i - 1] = true;
                i--;
                j--;
            } else if (up.get(cell)) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }

    /** Removes every Vietnamese diacritic (and đ → d) but keeps case: the input of evaluation (b). */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = Syllables.fold(String.valueOf(c));
            char base = f.charAt(0);
            out.append(Character.isUpperCase(c) ? Character.toUpperCase(base) : base);
        }
        return out.toString();
    }
}
