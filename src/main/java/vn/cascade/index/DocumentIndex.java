package vn.cascade.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.util.ArrayList;
import java.util.List;

import vn.cascade.domain.Citation;
import vn.cascade.domain.Deadline;
import vn.cascade.domain.Document;
import vn.cascade.domain.Identity;
import vn.cascade.domain.Task;
import vn.cascade.domain.UnitRole;
import vn.cascade.understand.DocumentLevel;


/**
 * The writable Lucene index under {@code <data>/index}: one entry per document and, beside it, one
 * entry per task (kind "task", with its document's id in {@code parent}, its units, section and
 * deadline, the last day of a "by" deadline as a point for range queries). Writes are idempotent per document id
 * ({@link IndexWriter#updateDocument}), so a restarted batch that processes a document again
 * replaces it rather than adding it twice; a file whose content changed replaces the entry for
 * its path. Thread-safe (IndexWriter is); one instance per process, since Lucene allows one writer
 * per index.
 */
public final class DocumentIndex implements AutoCloseable {

    private final IndexWriter writer;

    public DocumentIndex(Path dataDir) {
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(VietnameseAnalyzers.perField());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(FSDirectory.open(indexDir(dataDir)), cfg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + indexDir(dataDir)
                    + " (is another ingest running?)", e);
        }
    }

    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    /** Adds the document, replacing any entry with the same id or the same path. */
    public void upsert(Document d) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.KIND, "document", Field.Store.YES));
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.FILE, d.file(), Field.Store.YES));
        doc.add(new StringField(IndexFields.PATH, d.path(), Field.Store.YES));
        doc.add(new StringField(IndexFields.SHA256, d.sha256(), Field.Store.YES));
        doc.add(new StringField(IndexFields.MEDIA_TYPE, d.mediaType(), Field.Store.YES));
        doc.add(new IntPoint(IndexFields.PAGES, d.pages().size()));
        doc.add(new StoredField(IndexFields.PAGES, d.pages().size()));
        doc.add(new StoredField(IndexFields.OCR_PAGES, (int) d.ocrPageCount()));
        String confidences = d.pages().stream().filter(p -> p.ocrConfidence() != null)
                .map(p -> p.number() + ":" + p.ocrConfidence()).collect(Collectors.joining(" "));
        doc.add(new StoredField(IndexFields.OCR_CONFIDENCE, confidences));
        doc.add(new TextField(IndexFields.RAW, d.rawText(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT, d.restoredText(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT_EXACT, d.restoredText(), Field.Store.NO));
        doc.add(new StoredField(IndexFields.INGESTED_AT, Instant.now().toString()));
        Identity identity = d.identity();
        addString(doc, IndexFields.TYPE, identity.type());
        addString(doc, IndexFields.NUMBER_SYMBOL, identity.id());
        addString(doc, IndexFields.ISSUER, identity.issuingBody() != null ? identity.issuingBody() : identity.organization());
        addString(doc, IndexFields.DATE, identity.date());
        if (identity.subject() != null) {
            doc.add(new StoredField(IndexFields.SUBJECT, identity.subject()));
        }
        addString(doc, IndexFields.ORGANIZATION, identity.organization());
        addString(doc, IndexFields.PLACE, identity.place());
        addString(doc, IndexFields.PARENT_ORGANIZATION, identity.parentOrganization());
        addString(doc, IndexFields.LEVEL, DocumentLevel.of(identity).map(DocumentLevel::key).orElse(null));
        for (Citation c : d.citations()) {
            doc.add(new StringField(IndexFields.CITES, c.id(), Field.Store.NO));
            doc.add(new StoredField(IndexFields.CITATION, String.join("|", c.id(), c.relation(), nz(c.type()),
                    nz(c.date()), nz(c.issuer()))));
        }
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        for (Task t : d.tasks()) {
            block.add(taskEntry(d, t));
        }
        try {
            // Tasks of any earlier version of this document (same id or same path) go first.
            writer.deleteDocuments(new TermQuery(new Term(IndexFields.PARENT, d.id())),
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(IndexFields.KIND, "task")), BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(IndexFields.PATH, d.path())), BooleanClause.Occur.MUST)
                            .build());

            BooleanQuery samePathOtherId = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.PATH, d.path())), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.KIND, "document")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.ID, d.id())), BooleanClause.Occur.MUST_NOT)
                    .build();
            writer.deleteDocuments(samePathOtherId);
            writer.updateDocument(new Term(IndexFields.ID, d.id()), doc);
            writer.addDocuments(block);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write document " + d.id() + " to the index", e);
        }
    }

    private static org.apache.lucene.document.Document taskEntry(Document d, Task t) {
        org.apache.lucene.document.Document e = new org.apache.lucene.document.Document();
        e.add(new StringField(IndexFields.KIND, "task", Field.Store.YES));
        e.add(new StringField(IndexFields.PARENT, d.id(), Field.Store.YES));
        e.add(new StringField(IndexFields.PATH, d.path(), Field.Store.YES));
        e.add(new StringField(IndexFields.FILE, d.file(), Field.Store.YES));
        addString(e, IndexFields.SECTION, t.section());
        addString(e, IndexFields.TASK_KIND, t.kind().name().toLowerCase(java.util.Locale.ROOT));
        for (UnitRole u : t.units()) {
            e.add(new StringField(IndexFields.UNIT, u.name(), Field.Store.NO));
            e.add(new StoredField(IndexFields.UNIT_ROLE, u.name() + "|" + u.role().json()));
        }
        e.add(new TextField(IndexFields.TEXT, t.text(), Field.Store.YES));
        e.add(new TextField(IndexFields.TEXT_EXACT, t.text(), Field.Store.NO));
        addString(e, IndexFields.DEADLINE_TEXT, t.deadlineText());
        if (t.deadline() != null) {
            addString(e, IndexFields.DEADLINE_KIND, String.valueOf(t.deadline().toJson().get("kind")));
            Object value = t.deadline().toJson().get("value");
            addString(e, IndexFields.DEADLINE_VALUE, value == null ? null : value.toString());
            Integer due = lastDay(t.deadline());
            if (due != null) {
                e.add(new IntPoint(IndexFields.DUE, due));
                e.add(new StoredField(IndexFields.DUE, due));
            }
        }
        return e;
    }

    /** The last day a "by" deadline allows, as yyyymmdd; null for other kinds. */
    public static Integer lastDay(Deadline deadline) {
        Object kind = deadline.toJson().get("kind");
        Object value = deadline.toJson().get("value");
        if (!"by".equals(kind) || value == null) {
            return null;
        }
        String v = value.toString();
        java.time.LocalDate day;
        if (v.matches("\\d{4}")) {
            day = java.time.LocalDate.of(Integer.parseInt(v), 12, 31);
        } else if (v.matches("\\d{4}-Q[1-4]")) {
            int q = v.charAt(6) - '0';
            day = java.time.YearMonth.of(Integer.parseInt(v.substring(0, 4)), q * 3).atEndOfMonth();
        } else if (v.matches("\\d{4}-\\d{2}")) {
            day = java.time.YearMonth.parse(v).atEndOfMonth();
        } else if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            day = java.time.LocalDate.parse(v);
        } else {
            return null;
        }
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('|', '/');
    }

    private static void addString(org.apache.lucene.document.Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    /** Makes all writes so far durable; called once per batch chunk. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    /** Path → SHA-256 of every indexed document, as committed. */
    public Map<String, String> ledger() {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int i = 0; i < r.maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    var doc = stored.document(i, java.util.Set.of(IndexFields.PATH, IndexFields.SHA256, IndexFields.KIND));
                    if ("document".equals(doc.get(IndexFields.KIND))) {
                        out.put(doc.get(IndexFields.PATH), doc.get(IndexFields.SHA256));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

}
