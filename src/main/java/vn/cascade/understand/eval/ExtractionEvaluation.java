package vn.cascade.understand.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cascade.normalize.Syllables;
import vn.cascade.understand.Extraction;

/**
 * Compares extractions with gold ones (both in the schema of {@code extract --json}) and adds up
 * counts over documents:
 * <ul>
 * <li>identity: each schema field right (equal after trimming, case and tone placement ignored,
 * or both null);</li>
 * <li>citations: (id, relation) pairs, precision/recall/F1;</li>
 * <li>tasks: a predicted task matches a gold task of the same document when their texts share at
 * least half their words (Jaccard on skeleton words), each used once, best pairs first;</li>
 * <li>units: (name, role) pairs of all tasks, matched tasks pairing their units, unmatched tasks
 * counting as misses; names compared on their skeletons;</li>
 * <li>deadlines: of the matched gold tasks with a deadline, the share normalised exactly right;
 * sections: of the matched tasks, the share with the right section.</li>
 * </ul>
 * Not thread-safe (accumulates).
 */
public final class ExtractionEvaluation {

    private int fieldsRight, fields, casedRight, cased;
    private final Prf citations = new Prf();
    private final Prf tasks = new Prf();
    private final Prf units = new Prf();
    private int deadlinesRight, deadlinesGold, sectionsRight, kindsRight, matched;
    private final Map<String, int[]> perField = new LinkedHashMap<>();

    /** Precision, recall, F1 from counts. */
    public static final class Prf {
        int tp, fp, fn;

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    @SuppressWarnings("unchecked")
    public void add(Map<String, Object> gold, Extraction predicted) {
        Map<String, Object> gDoc = (Map<String, Object>) gold.get("doc");
        for (String f : Extraction.DOC_FIELDS) {
            boolean right = same(gDoc.get(f), predicted.doc().get(f));
            fields++;
            int[] c = perField.computeIfAbsent(f, k -> new int[2]);
            c[1]++;
            if (right) {
                fieldsRight++;
                c[0]++;
                if (gDoc.get(f) instanceof String g) {
                    // right, and cased as the gold writes it: what a reader sees
                    cased++;
                    casedRight += g.strip().equals(String.valueOf(predicted.doc().get(f)).strip()) ? 1 : 0;
                }
            }
        }
        Set<String> gRefs = new HashSet<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) gold.get("references")) {
            gRefs.add(r.get("id") + "|" + r.get("relation"));
        }
        Set<String> pRefs = new HashSet<>();
        for (Map<String, Object> r : predicted.referencesJson()) {
            pRefs.add(r.get("id") + "|" + r.get("relation"));
        }
        count(citations, gRefs, pRefs);

        List<Map<String, Object>> gTasks = (List<Map<String, Object>>) gold.get("tasks");
        List<Map<String, Object>> pTasks = predicted.tasksJson();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gTasks.size(); i++) {
            for (int j = 0; j < pTasks.size(); j++) {
                double sim = jaccard((String) gTasks.get(i).get("text"), (String) pTasks.get(j).get("text"));
                if (sim >= 0.5) {
                    pairs.add(new double[] {sim, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] gUsed = new boolean[gTasks.size()];
        boolean[] pUsed = new boolean[pTasks.size()];
        for (double[] p : pairs) {
            int i = (int) p[1], j = (int) p[2];
            if (gUsed[i] || pUsed[j]) {
                continue;
            }
            gUsed[i] = true;
            pUsed[j] = true;
            matched++;
            Map<String, Object> g = gTasks.get(i), q = pTasks.get(j);
            count(units, unitSet(g), unitSet(q));
            if (Objects.equals(g.get("section"), q.get("section"))) {
                sectionsRight++;
            }
            if (Objects.equals(g.get("kind"), q.get("kind"))) {
                kindsRight++;
            }
            if (g.get("deadline") != null) {
                deadlinesGold++;
                if (Objects.equals(g.get("deadline"), q.get("deadline"))) {
                    deadlinesRight++;
                }
            }
        }
        for (int i = 0; i < gTasks.size(); i++) {
            if (!gUsed[i]) {
                tasks.fn++;
                units.fn += unitSet(gTasks.get(i)).size();
                if (gTasks.get(i).get("deadline") != null) {
                    deadlinesGold++;
                }
            } else {
                tasks.tp++;
            }
        }
        for (int j = 0; j < pTasks.size(); j++) {
            if (!pUsed[j]) {
                tasks.fp++;
                units.fp += unitSet(pTasks.get(j)).size();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> unitSet(Map<String, Object> task) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) task.get("units")) {
            out.add(Syllables.fold((String) u.get("name")).replaceAll("\\s+", " ").strip() + "|" + u.get("role"));
        }
        return out;
    }

    private static void count(Prf prf, Set<String> gold, Set<String> predicted) {
        for (String p : predicted) {
            if (gold.contains(p)) {
                prf.tp++;
            } else {
                prf.fp++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                prf.fn++;
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Syllables.fold(a.toString().strip()).equals(Syllables.fold(b.toString().strip()))
                && a.toString().strip().equalsIgnoreCase(b.toString().strip())
                || normalise(a.toString()).equals(normalise(b.toString()));
    }

    private static String normalise(String s) {
        return new vn.cascade.normalize.ToneMarkPlacement(vn.cascade.normalize.ToneMarkPlacement.Style.OLD)
                .normalize(Syllables.lower(s.strip())).replaceAll("\\s+", " ");
    }

    static double jaccard(String a, String b) {
        Set<String> x = words(a), y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return inter.size() / (double) union.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Syllables.fold(s == null ? "" : s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("identity fields right: %.3f (%d/%d)%n", fieldsRight / (double) Math.max(1, fields), fieldsRight, fields));
        perField.forEach((f, c) -> sb.append(String.format("  %-20s %d/%d%n", f, c[0], c[1])));
        sb.append(String.format("  of the right text fields, cased as the gold: %d/%d%n", casedRight, cased));
        sb.append("citations (id, relation): ").append(citations).append('\n');
        sb.append("tasks: ").append(tasks).append('\n');
        sb.append("units (name, role): ").append(units).append('\n');
        sb.append(String.format("deadlines normalised right: %.3f (%d/%d gold deadlines)%n",
                deadlinesRight / (double) Math.max(1, deadlinesGold), deadlinesRight, deadlinesGold));
        sb.append(String.format("sections right: %.3f, kinds right: %.3f (of %d matched tasks)%n",
                sectionsRight / (double) Math.max(1, matched), kindsRight / (double) Math.max(1, matched), matched));
        return sb.toString();
    }

    public Prf tasks() {
        return tasks;
    }

    public Prf units() {
        return units;
    }

    public Prf citations() {
        return citations;
    }

    /** Share of identity fields right. */
    public double identity() {
        return fieldsRight / (double) Math.max(1, fields);
    }

    /** Share of gold deadlines normalised exactly right (1 when there is none). */
    public double deadlines() {
        return deadlinesGold == 0 ? 1 : deadlinesRight / (double) deadlinesGold;
    }
}
