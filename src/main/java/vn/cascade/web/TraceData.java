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
 * a document's place in it, a chain of tasks or the compliance findings. Built per request: the
 * index changes under the server whenever a batch runs, and building is milliseconds at the
 * corpus's size.
 */
@Component
class TraceData {

    private final CascadeConfig config;

    TraceData(CascadeConfig config) {
        this.config = config;
    }

    DocumentGraph graph() {
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElse(null)) {
            return DocumentGraph.build(s == null ? List.of() : TraceSource.read(s));
        }
    }

    static List<TaskAligner.Link> links(DocumentGraph g) {
        return new TaskAligner(g).align(g);
    }

    /** The page of a node: its first ingested copy, or null when it is known only by citation. */
    static String docId(DocumentGraph.Node n) {
        return n == null || n.docIds().isEmpty() ? null : n.docIds().get(0);
    }
}
