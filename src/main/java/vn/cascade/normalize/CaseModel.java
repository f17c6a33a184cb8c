package vn.cascade.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each syllable is written with a capital inside a line (a name: <i>Bắc Giang</i>, <i>Ban
 * Thường vụ</i>) rather than in lower case, counted on the language model's text. OCR keeps a
 * word's capital when it loses its accents, so a capital inside a line is evidence the restorer
 * can weigh: <i>Bac</i> there is far more often <i>Bắc</i> than <i>bậc</i>, which the lower-cased
 * language model prefers. Words at a line's or sentence's start and words in capitals say
 * nothing and are not counted. Immutable, thread-safe.
 */
public final class CaseModel {

    /** No counts: every reading scores 0. */
    public static final CaseModel NONE = new CaseModel(Map.of(), 0.1);

    /** Pseudo-count pulling a rarely seen syllable towards the average capital rate. */
    private static final double SMOOTHING = 5;

    private final Map<String, int[]> counts;
    private final double capitalRate;

    private CaseModel(Map<String, int[]> counts, double capitalRate) {
        this.counts = counts;
        this.capitalRate = capitalRate;
    }

    /**
     * Log of how much more (positive) or less (negative) often than the average syllable
     * {@code syllable} (lower case, OLD tones) is written with a capital inside a line. 0 for an
     * unseen syllable.
     */
    public double capitalLogRatio(String syllable) {
        int[] c = counts.get(syllable);
        if (c == null) {
            return 0;
        }
        double pCapital = (c[0] + SMOOTHING * capitalRate) / (c[0] + c[1] + SMOOTHING);
        return Math.log(pCapital / capitalRate);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Whether token {@code i} is inside a line of {@code text}, after a word of the same sentence. */
    public static boolean insideLine(String text, List<TextTokens.Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        TextTokens.Token prev = tokens.get(i - 1);
        if (prev.sentenceEnd() || prev.kind() != TextTokens.Kind.WORD) {
            return false;
        }
        for (int k = prev.end(); k < tokens.get(i).start(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** The case a word is written in: capitalised (true), lower case (false), or neither (null: capitals, one letter). */
    public static Boolean capitalised(String core) {
        if (core.length() < 2 || !Character.isLetter(core.charAt(0))) {
            return null;
        }
        boolean restLower = core.substring(1).chars().noneMatch(Character::isUpperCase);
        if (!restLower) {
            return null;
        }
        return Character.isUpperCase(core.charAt(0)) ? Boolean.TRUE
                : core.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isLowerCase(ch)) ? Boolean.FALSE : null;
    }

    /** Counts the syllables of training text (NFC, OLD tones), line by line. */
    public static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        public void add(String text) {
            for (String line : text.split("\n")) {
                List<TextTokens.Token> tokens = TextTokens.tokenize(line);
                for (int i = 0; i < tokens.size(); i++) {
                    TextTokens.Token t = tokens.get(i);
                    if (t.kind() != TextTokens.Kind.WORD || !insideLine(line, tokens, i)) {
                        continue;
                    }
                    Boolean capital = capitalised(t.core());
                    if (capital != null) {
                        counts.computeIfAbsent(Syllables.lower(t.core()), k -> new int[2])[capital ? 0 : 1]++;
                    }
                }
            }
        }

        public CaseModel build() {
            long cap = 0;
            long all = 0;
            for (int[] c : counts.values()) {
                cap += c[0];
                all += c[0] + c[1];
            }
            return new CaseModel(Map.copyOf(counts), all == 0 ? 0.1 : Math.max(1e-3, cap / (double) all));
        }
    }

    public void save(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# syllable, times capitalised inside a line, times in lower case there (cascade train normalizer)");
        for (var e : new TreeMap<>(counts).entrySet()) {
            lines.add(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts in {@code file}, or {@link #NONE} when there is no such file (a model trained before it). */
    public static CaseModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Counter c = new Counter();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] p = line.split("\t");
                c.counts.put(p[0], new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.build();
    }
}
