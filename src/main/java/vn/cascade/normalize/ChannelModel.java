package vn.cascade.normalize;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OCR channel at the level of skeletons ({@link Syllables#fold}): how likely OCR is to turn
 * the letters {@code a} of an intended word into {@code b} ("u" → "ti", "o" → "6", "d" → "p"),
 * learned from pairs of intended and observed words. Rules are substring substitutions with
 * P(b | a) = count(a → b) / count(a in intended skeletons).
 *
 * <p>Used backwards by the restorer: from an observed skeleton, {@link #expansions} lists the
 * intended skeletons that up to {@code maxEdits} rule applications could have come from, with the
 * log-probability of the edits. Immutable; thread-safe.
 */
public final class ChannelModel {

    /** One rule: intended {@code from} became observed {@code to}. */
    public record Rule(String from, String to, double logProb, int count) {
    }

    private final List<Rule> rules;
    /** Rules indexed by the first character of their observed side ("" side: key '\0'). */
    private final Map<Character, List<Rule>> byObservedStart = new HashMap<>();
    private final List<Rule> insertions = new ArrayList<>(); // OCR added letters: to="" never; from="" here
    private final int maxEdits;
    private static final int MAX_INSERTION_RULES = 6;

    public ChannelModel(List<Rule> rules, int maxEdits) {
        this.rules = List.copyOf(rules);
        this.maxEdits = maxEdits;
        for (Rule r : rules) {
            if (r.to().isEmpty()) {
                // intended letters the OCR dropped: re-inserted anywhere, so only the commonest few
                if (insertions.size() < MAX_INSERTION_RULES) {
                    insertions.add(r);
                }
            } else {
                byObservedStart.computeIfAbsent(r.to().charAt(0), k -> new ArrayList<>()).add(r);
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Visitor of candidate intended skeletons. */
    public interface Sink {
        void accept(String intendedSkeleton, double logProb);
    }

    /**
     * Calls {@code sink} with every intended skeleton reachable from the observed skeleton by at
     * most {@code maxEdits} non-overlapping rule applications (the observed skeleton itself, with
     * log-probability 0, included). The same skeleton may be reported more than once.
     */
    public void expansions(String observed, Sink sink) {
        expand(observed, 0, new StringBuilder(), 0.0, 0, sink);
    }

    private void expand(String o, int pos, StringBuilder prefix, double logp, int edits, Sink sink) {
        if (pos == o.length()) {
            sink.accept(prefix.toString(), logp);
            if (edits < maxEdits) {
                for (Rule r : insertions) {
                    int len = prefix.length();
                    sink.accept(prefix.append(r.from()).toString(), logp + r.logProb());
                    prefix.setLength(len);
                }
            }
            return;
        }
        int len = prefix.length();
        // Keep this character.
        prefix.append(o.charAt(pos));
        expand(o, pos + 1, prefix, logp, edits, sink);
        prefix.setLength(len);
        if (edits >= maxEdits) {
            return;
        }
        for (Rule r : byObservedStart.getOrDefault(o.charAt(pos), List.of())) {
            if (o.startsWith(r.to(), pos)) {
                prefix.append(r.from());
                expand(o, pos + r.to().length(), prefix, logp + r.logProb(), edits + 1, sink);
                prefix.setLength(len);
            }
        }
        for (Rule r : insertions) {
            prefix.append(r.from());
            expand(o, pos, prefix, logp + r.logProb(), edits + 1, sink);
            prefix.setLength(len);
        }
    }

    /**
     * Learns rules from (intended, observed) word pairs: each pair's skeletons are aligned by edit
     * distance, and each maximal run of differences is one rule. Rules seen fewer than
     * {@code minCount} times are dropped.
     */
    public static ChannelModel learn(List<String[]> pairs, int minCount, int maxEdits) {
        Map<String, Integer> ruleCounts = new HashMap<>();
        List<String> intendedSkeletons = new ArrayList<>();
        for (String[] p : pairs) {
            String a = Syllables.fold(p[0]);
            String b = Syllables.fold(p[1]);
            intendedSkeletons.add(a);
            if (a.equals(b)) {
                continue;
            }
            for (String[] chunk : diffChunks(a, b)) {
                ruleCounts.merge(chunk[0] + "\t" + chunk[1], 1, Integer::sum);
            }
        }
        // Denominators: how often each rule's intended side occurs in intended skeletons.
        Map<String, Integer> sideCounts = new HashMap<>();
        for (String key : ruleCounts.keySet()) {
            sideCounts.putIfAbsent(key.substring(0, key.indexOf('\t')), 0);
        }
        for (String s : intendedSkeletons) {
            for (var e : sideCounts.entrySet()) {
                String side = e.getKey();
                e.setValue(e.getValue() + (side.isEmpty() ? s.length() + 1 : occurrences(s, side)));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (var e : ruleCounts.entrySet()) {
            if (e.getValue() < minCount) {
                continue;
            }
            String[] ft = e.getKey().split("\t", -1);
            int denom = Math.max(e.getValue(), sideCounts.get(ft[0]));
            rules.add(new Rule(ft[0], ft[1], Math.log(e.getValue() / (double) denom), e.getValue()));
        }
        rules.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return new ChannelModel(rules, maxEdits);
    }

    /**
     * The rules of this channel and of {@code other} (learned from another kind of OCR), each with the
     * likelier of its two estimates and both counts: a mixture of two channels in which a text's damage
     * is explained by whichever kind made it.
     */
    public ChannelModel union(ChannelModel other) {
        Map<String, Rule> byKey = new java.util.LinkedHashMap<>();
        for (Rule r : rules) {
            byKey.put(r.from() + "\t" + r.to(), r);
        }
        for (Rule r : other.rules) {
            byKey.merge(r.from() + "\t" + r.to(), r,
                    (a, b) -> new Rule(a.from(), a.to(), Math.max(a.logProb(), b.logProb()), a.count() + b.count()));
        }
        List<Rule> merged = new ArrayList<>(byKey.values());
        merged.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return new ChannelModel(merged, Math.max(maxEdits, other.maxEdits));
    }

    private static int occurrences(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    /** Maximal runs of differences between a and b under a minimal edit alignment: {from, to}. */
    static List<String[]> diffChunks(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        List<String[]> chunks = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1) && d[i][j] == d[i - 1][j - 1]) {
                flush(chunks, from, to);
                i--;
                j--;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                from.insert(0, a.charAt(i - 1));
                to.insert(0, b.charAt(j - 1));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                from.insert(0, a.charAt(i - 1));
                i--;
            } else {
                to.insert(0, b.charAt(j - 1));
                j--;
            }
        }
        flush(chunks, from, to);
        return chunks;
    }

    private static void flush(List<String[]> chunks, StringBuilder from, StringBuilder to) {
        if (from.length() > 0 || to.length() > 0) {
            chunks.add(new String[] {from.toString(), to.toString()});
            from.setLength(0);
            to.setLength(0);
        }
    }

    public void save(Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# OCR channel rules: intended skeleton, observed skeleton, log P(observed|intended), count\n");
            w.write("# max-edits\t" + maxEdits + "\n");
            for (Rule r : rules) {
                w.write(r.from() + "\t" + r.to() + "\t" + r.logProb() + "\t" + r.count() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static ChannelModel load(Path file) {
        try {
            List<Rule> rules = new ArrayList<>();
            int maxEdits = 2;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# max-edits\t")) {
                    maxEdits = Integer.parseInt(line.substring(line.indexOf('\t') + 1).strip());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t", -1);
                    rules.add(new Rule(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3])));
                }
            }
            return new ChannelModel(rules, maxEdits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
