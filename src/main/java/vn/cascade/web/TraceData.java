package vn.cascade.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.trace.TaskAligner;
import vn.cascade.trace.TraceSource;

/**
 * The document graph and task links over the current index, for the pages that show the tree,
 * a document's place in it, a chain of tasks or the compliance findings. Rebuilt when the index
 * changes (a batch ran), kept otherwise: pages ask for them on every request.
 */
@Component
class TraceData {

    private final CascadeConfig config;
    private long version = Long.MIN_VALUE;
    private DocumentGraph graph;
    private List<TaskAligner.Link> links;

    TraceData(CascadeConfig config) {
        this.config = config;
    }

    synchronized DocumentGraph graph() {
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            long v = s == null ? -1 : s.version();
            if (graph == null || v != version) {
                graph = DocumentGraph.build(s == null ? List.of() : TraceSource.read(s));
                links = null;
                version = v;
            }
            return graph;
        }
    }

    /** The task links of the graph last returned by {@link #graph()}. */
    synchronized List<TaskAligner.Link> links(DocumentGraph g) {
        if (g != graph) {
            return new TaskAligner(g).align(g);
        }
        if (links == null) {
            links = new TaskAligner(g).align(g);
        }
        return links;
    }

    /** The page of a node: its first ingested copy, or null when it is known only by citation. */
    static String docId(DocumentGraph.Node n) {
        return n == null || n.docIds().isEmpty() ? null : n.docIds().get(0);
    }
}
