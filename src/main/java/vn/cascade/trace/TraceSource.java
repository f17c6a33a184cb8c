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
                    d.subject(), citations, tasks, d.restoredText(), d.place(), d.parentOrganization()));
        }
        return out;
    }

    /**
     * Builds the trace's documents straight from text files, restored and understood as ingest
     * would (no OCR: the files are text). For evaluation and tests, without an index.
     */
    public static List<TraceDocument> fromTextFiles(List<java.nio.file.Path> files, vn.cascade.normalize.TextNormalizer chain,
                                                    vn.cascade.understand.Understanding understanding) throws java.io.IOException {
        List<TraceDocument> out = new ArrayList<>();
        for (java.nio.file.Path f : files) {
            String file = f.getFileName().toString();
            String text = chain.normalize(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
            out.add(of(file, text, understanding.understand(file, text)));
        }
        return out;
    }

    /** The trace's view of an understood document. */
    public static TraceDocument of(String file, String text, vn.cascade.understand.Extraction e) {
        List<TraceTask> tasks = new ArrayList<>();
        for (var t : e.tasks()) {
            var json = t.deadline() == null ? null : t.deadline().toJson();
            tasks.add(new TraceTask(t.section(), t.kind().name().toLowerCase(java.util.Locale.ROOT),
                    t.units().stream().map(u -> u.name() + "|" + u.role().json()).toList(), t.text(), t.deadlineText(),
                    json == null ? null : String.valueOf(json.get("kind")),
                    json == null || json.get("value") == null ? null : String.valueOf(json.get("value")),
                    t.deadline() == null ? null : vn.cascade.index.DocumentIndex.lastDay(t.deadline())));
        }
        var id = e.identity();
        return new TraceDocument(file, file, id.type(), id.id(), id.issuingBody() != null ? id.issuingBody() : id.organization(),
                id.date(), id.subject(), e.citations(), tasks, text, id.place(), id.parentOrganization());
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
