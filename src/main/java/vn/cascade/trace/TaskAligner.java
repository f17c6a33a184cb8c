package vn.cascade.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cascade.normalize.Syllables;

/**
 * Links each task or solution of a plan to the task or solution of its parent plan (its parent
 * in the {@link DocumentGraph}) that it carries out. Score: cosine similarity of the two texts'
 * TF-IDF vectors over skeleton words and word pairs (skeletons, so residual OCR damage costs
 * little; IDF over every task in the graph, so the genre's stock phrases weigh little), plus a
 * little for the same section number (plans often mirror their parent's numbering) and for a
 * shared unit head. A task is left unlinked when no parent task scores {@value #LINK_AT} or more.
 * Thread-safe once built.
 */
public final class TaskAligner {

    static final double LINK_AT = Double.parseDouble(System.getProperty("cascade.trace.linkAt", "0.3"));

    /** A child task carrying out a parent task. */
    public record Link(DocumentGraph.Node child, TraceTask childTask, DocumentGraph.Node parent, TraceTask parentTask,
                       double score) {
    }

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<TraceTask, Map<String, Double>> vectors = new HashMap<>();

    public TaskAligner(DocumentGraph graph) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (DocumentGraph.Node node : graph.nodes()) {
            for (TraceTask t : node.tasks()) {
                n++;
                for (String term : terms(t.text()).keySet()) {
                    df.merge(term, 1, Integer::sum);
                }
            }
        }
        for (var e : df.entrySet()) {
            idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 0.5)));
        }
    }

    /** Every link between the tasks of each plan and those of its parent plan. */
    public List<Link> align(DocumentGraph graph) {
        List<Link> out = new ArrayList<>();
        for (DocumentGraph.Node child : graph.nodes()) {
            DocumentGraph.Node parent = graph.parent(child).orElse(null);
            if (parent == null || parent.tasks().isEmpty()) {
                continue;
            }
            for (TraceTask c : child.tasks()) {
                TraceTask best = null;
                double bestScore = 0;
                for (TraceTask p : parent.tasks()) {
                    double s = score(c, p);
                    if (s > bestScore) {
                        best = p;
                        bestScore = s;
                    }
                }
                if (best != null && bestScore >= LINK_AT) {
                    out.add(new Link(child, c, parent, best, bestScore));
                }
            }
        }
        return out;
    }

    double score(TraceTask child, TraceTask parent) {
        double s = 0.8 * cosine(vector(child), vector(parent));
        if (child.section() != null && child.section().equals(parent.section())) {
            s += 0.1;
        }
        if (sharedHead(child, parent)) {
            s += 0.1;
        }
        return s;
    }

    private Map<String, Double> vector(TraceTask t) {
        return vectors.computeIfAbsent(t, k -> {
            Map<String, Double> v = new HashMap<>();
            for (var e : terms(k.text()).entrySet()) {
                v.put(e.getKey(), e.getValue() * idf.getOrDefault(e.getKey(), 1.0));
            }
            return v;
        });
    }

    private static Map<String, Integer> terms(String text) {
        Map<String, Integer> out = new HashMap<>();
        String prev = null;
        for (String w : Syllables.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            out.merge(w, 1, Integer::sum);
            if (prev != null) {
                out.merge(prev + " " + w, 1, Integer::sum);
            }
            prev = w;
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /** Whether a unit of the child and one of the parent have the same head ("Ban Tổ chức …"). */
    private static boolean sharedHead(TraceTask c, TraceTask p) {
        for (String u : c.units()) {
            String hu = head(u);
            for (String v : p.units()) {
                if (!hu.isEmpty() && hu.equals(head(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String head(String unitRole) {
        String name = Syllables.fold(unitRole.substring(0, Math.max(0, unitRole.lastIndexOf('|'))));
        String[] w = name.split("\\s+");
        return w.length >= 3 ? w[0] + " " + w[1] + " " + w[2] : name;
    }
}
