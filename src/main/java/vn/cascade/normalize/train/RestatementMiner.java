package vn.cascade.normalize.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real OCR confusions, found in the archive itself. Plans restate their parents' sentences word
 * for word (DOMAIN.md), so a line of an OCR'd plan very often has an accented twin in a digital
 * plan of the same archive. Each OCR'd line is matched to its nearest accented line by the
 * character trigrams of their folded text (the share of the OCR'd line's trigrams the accented
 * paragraph contains); close matches are aligned word by word
 * ({@link TokenAligner}) and give (intended, observed) pairs for the channel, with the damage
 * real scanners and OCR engines do rather than the damage our renders do. Nothing is keyed to a
 * document: any OCR'd text and any accented text can be given. Not thread-safe.
 */
public final class RestatementMiner {

    /** A pair and the two lines it came from. */
    public record Pair(String intended, String observed) {
    }

    static final double MAX_COST = 0.5;
    private final double minSimilarity;
    private final int minTokens;
    private final List<String> accentedLines = new ArrayList<>();
    private final List<Set<String>> accentedGrams = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    /**
     * @param minSimilarity Jaccard similarity of folded character trigrams a line pair needs
     * @param minTokens     shorter OCR lines are left alone (too little context to be sure)
     */
    public RestatementMiner(double minSimilarity, int minTokens) {
        this.minSimilarity = minSimilarity;
        this.minTokens = minTokens;
    }

    /** Adds an accented text whose lines OCR'd lines may restate. */
    public void addAccented(String text) {
        for (String line : text.replace("**", "").split("\n")) {
            if (TokenAligner.tokenize(line).size() < minTokens) {
                continue;
            }
            int id = accentedLines.size();
            accentedLines.add(line.strip());
            Set<String> grams = grams(line);
            accentedGrams.add(grams);
            for (String g : grams) {
                postings.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
            }
        }
    }

    /** The pairs of an OCR'd text: every word of each line that has an accented twin. */
    public List<Pair> mine(String ocrText) {
        List<Pair> out = new ArrayList<>();
        TokenAligner aligner = new TokenAligner();
        for (String line : ocrText.split("\n")) {
            if (TokenAligner.tokenize(line).size() < minTokens) {
                continue;
            }
            Set<String> grams = grams(line);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String g : grams) {
                for (int id : postings.getOrDefault(g, List.of())) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
            int best = -1;
            double bestSim = 0;
            for (var e : shared.entrySet()) {
                // Containment, not Jaccard: a printed line is a piece of a longer paragraph.
                double sim = grams.isEmpty() ? 0 : e.getValue() / (double) grams.size();
                if (sim > bestSim) {
                    bestSim = sim;
                    best = e.getKey();
                }
            }
            if (best < 0 || bestSim < minSimilarity) {
                continue;
            }
            for (TokenAligner.AlignedPair p : aligner.align(accentedLines.get(best), line.strip())) {
                // Far-fetched substitutions are where the line's ends meet the wrong words of the paragraph.
                if (p.op() == TokenAligner.Op.MATCH_OR_SUB && aligner.pairCost(p.intended(), p.observed()) <= MAX_COST) {
                    out.add(new Pair(p.intended(), p.observed()));
                }
            }
        }
        return out;
    }

    /** Character trigrams of the folded, lower-cased line, spaces collapsed. */
    static Set<String> grams(String line) {
        String f = " " + TokenAligner.fold(line).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip() + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= f.length(); i++) {
            out.add(f.substring(i, i + 3));
        }
        return out;
    }
}
