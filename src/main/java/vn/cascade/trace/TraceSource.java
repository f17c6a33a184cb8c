package vn.cascade.trace;

import java.util.ArrayList;
import java.util.List;

import vn.cascade.domain.Citation;
import vn.cascade.index.DocumentSearcher;
import vn.cascade.index.IndexedDocument;

/** Reads the trace's documents from the index. */
public final class TraceSource {

    private TraceSource() {
    }

    public static List<TraceDocument> read(DocumentSearcher searcher) {
        List<TraceDocument> out = new ArrayList<>();
        for (IndexedDocument d : searcher.all()) {
            List<Citation> citations = new ArrayList<>();
            for (String c : d.citations()) {
                String[] f = c.split("\\|", -1);
                citations.add(new Citation(f[0], blank(f[2]), blank(f[3]), blank(f[4]), f[1]));
            }
            List<TraceTask> tasks = new ArrayList<>();
            for (var t : searcher.tasksOf(d.id())) {
                tasks.add(new TraceTask(t.section(), t.kind(), t.unitRoles(), t.text(), t.deadlineText(),
                        t.deadlineKind(), t.deadlineValue(), t.due()));
            }
            out.add(new TraceDocument(d.id(), d.file(), d.type(), d.numberSymbol(), d.issuer(), d.date(),
                    d.subject(), citations, tasks, d.restoredText()));
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
