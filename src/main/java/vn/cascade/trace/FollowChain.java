package vn.cascade.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * One task or solution and every task that carries it down, level by level: what {@code cascade
 * follow} prints and the web page's trace shows.
 *
 * @param document       the document holding the task
 * @param task           the task
 * @param score          the link's score to the task above (1 at the top of the chain)
 * @param via            the absent parent this task was read against through a sibling, or null
 * @param carriedDownBy  the tasks of child plans linked to this one, each with its own chain
 */
public record FollowChain(DocumentGraph.Node document, TraceTask task, double score, DocumentGraph.Node via,
                          List<FollowChain> carriedDownBy) {

    /** The chains from every task of {@code document} in {@code section} (empty when there is none). */
    public static List<FollowChain> of(DocumentGraph.Node document, String section, List<TaskAligner.Link> links) {
        List<FollowChain> out = new ArrayList<>();
        for (TraceTask t : document.tasks()) {
            if (section.equals(t.section())) {
                out.add(build(document, t, 1.0, null, links, 0));
            }
        }
        return out;
    }

    private static FollowChain build(DocumentGraph.Node n, TraceTask t, double score, DocumentGraph.Node via,
                                     List<TaskAligner.Link> links, int depth) {
        List<FollowChain> children = new ArrayList<>();
        if (depth < 16) { // the tree is acyclic; the bound only guards against a malformed graph
            for (TaskAligner.Link l : links) {
                if (l.parentTask() == t) {
                    children.add(build(l.child(), l.childTask(), l.score(), l.via(), links, depth + 1));
                }
            }
        }
        return new FollowChain(n, t, score, via, List.copyOf(children));
    }

    /** This chain as rows with their depth, top first, for a flat listing. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        collect(this, 0, out);
        return out;
    }

    /** One task of a chain with its depth below the top. */
    public record Row(int depth, DocumentGraph.Node document, TraceTask task, double score, DocumentGraph.Node via) {
    }

    private static void collect(FollowChain c, int depth, List<Row> out) {
        out.add(new Row(depth, c.document(), c.task(), c.score(), c.via()));
        for (FollowChain k : c.carriedDownBy()) {
            collect(k, depth + 1, out);
        }
    }
}
