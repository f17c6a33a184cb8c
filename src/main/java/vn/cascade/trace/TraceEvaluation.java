package vn.cascade.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cascade.normalize.Syllables;

/**
 * Scores the graph and the task links against a gold (corpus/trace/gold): document edges as
 * (from, to, relation) triples; task links as (child document, child task) → (parent document,
 * parent section). A gold child task is found among the child's tasks by section and the
 * overlap of its opening words; a predicted link is right when it links that task to the gold
 * parent document and section. Precision is over the predicted links of gold child tasks.
 */
public final class TraceEvaluation {

    /** Counts and the rates derived from them. */
    public record Result(int edgesGold, int edgesRight, int edgesPredicted, int linksGold, int linksPredicted,
                         int linksRight, int unlinkedGold, int unlinkedKept, List<String> details) {

        public double linkPrecision() {
            return linksPredicted == 0 ? 0 : linksRight / (double) linksPredicted;
        }

        public double linkRecall() {
            return linksGold == 0 ? 0 : linksRight / (double) linksGold;
        }

        public String describe() {
            return String.format("document edges: %d of %d gold right (%d predicted); task links: precision %.3f "
                            + "(%d/%d), recall %.3f (%d/%d); gold tasks without a parent left unlinked: %d/%d",
                    edgesRight, edgesGold, edgesPredicted, linkPrecision(), linksRight, linksPredicted, linkRecall(),
                    linksRight, linksGold, unlinkedKept, unlinkedGold);
        }
    }

    @SuppressWarnings("unchecked")
    public Result evaluate(DocumentGraph graph, List<TaskAligner.Link> links, Map<String, Object> goldGraph,
                           Map<String, Object> goldLinks) {
        return evaluate(graph, links, goldGraph, goldLinks, null);
    }

    /**
     * As {@link #evaluate(DocumentGraph, List, Map, Map)}; with an aligner, each miss's detail also
     * says how the gold parent task scored and ranked among the parent plan's tasks, and what scored best.
     */
    public Result evaluate(DocumentGraph graph, List<TaskAligner.Link> links, Map<String, Object> goldGraph,
                           Map<String, Object> goldLinks, TaskAligner aligner) {
        // The gold writes a local number with its issuer's place only where two issuers share it
        // (corpus/trace/README.md); the graph writes the place wherever it knows it. A gold id without
        // a place names the one document of that number, so a node of that number and a place is it.
        Set<String> goldIds = new HashSet<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) goldGraph.getOrDefault("nodes", List.of())) {
            goldIds.add(String.valueOf(node.get("id")));
        }
        java.util.function.Function<DocumentGraph.Node, String> asGold = n -> {
            String id = goldId(n);
            int at = id.indexOf('@');
            return at > 0 && !goldIds.contains(id) && goldIds.contains(id.substring(0, at)) ? id.substring(0, at) : id;
        };
        Set<String> predictedEdges = new HashSet<>();
        for (DocumentGraph.Edge e : graph.edges()) {
            predictedEdges.add(asGold.apply(e.from()) + ">" + asGold.apply(e.to()) + ":" + e.relation());
        }
        int edgesGold = 0;
        int edgesRight = 0;
        List<String> details = new java.util.ArrayList<>();
        Set<String> extra = new java.util.TreeSet<>(predictedEdges);
        for (Map<String, Object> e : (List<Map<String, Object>>) goldGraph.getOrDefault("edges", List.of())) {
            edgesGold++;
            String key = e.get("from") + ">" + e.get("to") + ":" + e.get("relation");
            extra.remove(key);
            if (predictedEdges.contains(key)) {
                edgesRight++;
            } else {
                details.add("edge missed: " + key);
            }
        }
        if (edgesGold > 0) {
            extra.forEach(k -> details.add("edge not in the gold: " + k));
        }
        int linksGold = 0, linksPredicted = 0, linksRight = 0, unlinkedGold = 0, unlinkedKept = 0;
        for (Map<String, Object> g : (List<Map<String, Object>>) goldLinks.getOrDefault("links", List.of())) {
            DocumentGraph.Node child = graph.find((String) g.get("child")).orElse(null);
            TraceTask task = child == null ? null : locate(child, (String) g.get("child_section"), (String) g.get("child_text"));
            TaskAligner.Link predicted = null;
            if (task != null) {
                for (TaskAligner.Link l : links) {
                    if (l.childTask() == task) {
                        predicted = l;
                    }
                }
            }
            boolean hasParent = g.get("parent") != null;
            if (hasParent) {
                linksGold++;
            } else {
                unlinkedGold++;
            }
            String outcome;
            if (predicted != null) {
                linksPredicted++;
                if (hasParent && Objects.equals(asGold.apply(predicted.parent()), g.get("parent"))
                        && Objects.equals(predicted.parentTask().section(), g.get("parent_section"))) {
                    linksRight++;
                    outcome = "right";
                } else {
                    outcome = "WRONG " + predicted.parent().label() + " " + predicted.parentTask().section()
                            + String.format(" (%.2f)", predicted.score());
                }
            } else {
                if (!hasParent) {
                    unlinkedKept++;
                }
                outcome = task == null ? "child task not found" : hasParent ? "unlinked" : "right (no parent)";
            }
            if (aligner != null && task != null && hasParent && !outcome.equals("right")) {
                outcome += scores(graph, aligner, child, task, (String) g.get("parent"), (String) g.get("parent_section"));
            }
            details.add(String.format("%s %s \"%s\" -> %s %s: %s", g.get("child"), g.get("child_section"),
                    g.get("child_text"), g.get("parent"), g.get("parent_section"), outcome));
        }
        return new Result(edgesGold, edgesRight, predictedEdges.size(), linksGold, linksPredicted, linksRight,
                unlinkedGold, unlinkedKept, List.copyOf(details));
    }

    private static final java.util.regex.Pattern SEED_FILE = java.util.regex.Pattern.compile("^(\\d{3})_");

    /** The gold's name of a node: its label, or {@code seed:NNN} for a seed whose number cannot be read. */
    /** " [gold 0.24, rank 3 of 40; best 2.1 0.31]": how the gold parent task fared. */
    private static String scores(DocumentGraph graph, TaskAligner aligner, DocumentGraph.Node child, TraceTask task,
                                 String parentId, String parentSection) {
        // the child's own parent when it bears the gold's label: two issuers may share a number
        DocumentGraph.Node parent = graph.parent(child).filter(p -> p.label().equals(parentId))
                .orElseGet(() -> graph.find(parentId).orElse(null));
        if (parent == null || parent.tasks().isEmpty()) {
            return " [gold parent has no tasks in the graph]";
        }
        boolean down = graph.parent(child).map(p -> p == parent).orElse(false);
        double gold = -1;
        double best = -1;
        TraceTask bestTask = null;
        List<Double> all = new java.util.ArrayList<>();
        for (TraceTask p : parent.tasks()) {
            double s = aligner.score(task, p, down);
            all.add(s);
            if (Objects.equals(p.section(), parentSection)) {
                gold = Math.max(gold, s);
            }
            if (s > best) {
                best = s;
                bestTask = p;
            }
        }
        double g = gold;
        long rank = 1 + all.stream().filter(x -> x > g).count();
        return String.format(" [gold %.2f, rank %d of %d; best %s %.2f]", gold, rank, all.size(),
                bestTask.section(), best);
    }

    static String goldId(DocumentGraph.Node n) {
        if (n.number() == null) {
            for (String f : n.files()) {
                java.util.regex.Matcher m = SEED_FILE.matcher(f);
                if (m.find()) {
                    return "seed:" + m.group(1);
                }
            }
        }
        return n.label();
    }

    /** The child's task in that section whose text best shares the gold's opening words. */
    static TraceTask locate(DocumentGraph.Node child, String section, String opening) {
        Set<String> want = words(opening);
        TraceTask best = null;
        double bestScore = 0;
        for (TraceTask t : child.tasks()) {
            Set<String> have = words(t.text() == null ? "" : t.text().substring(0, Math.min(t.text().length(), 200)));
            Set<String> inter = new HashSet<>(want);
            inter.retainAll(have);
            double s = want.isEmpty() ? 0 : inter.size() / (double) want.size();
            if (Objects.equals(section, t.section())) {
                s += 0.3;
            }
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return bestScore >= 0.6 ? best : null;
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
}
