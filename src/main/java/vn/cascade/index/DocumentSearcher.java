package vn.cascade.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Read-only search over the index. A query is asked of the restored text twice, folded (accents
 * optional) and exact (accents must match, weighing {@value #EXACT_BOOST}× more, so a query typed
 * with accents ranks exact matches first), and of the raw text as read, weighing less. All words
 * must occur (AND); quotes make a phrase. Leading wildcards are refused, so no query can force a
 * scan of every term. Thread-safe; open one per query session and close it.
 */
public final class DocumentSearcher implements AutoCloseable {

    static final float EXACT_BOOST = 2.0f;
    static final float RAW_BOOST = 0.5f;
    private static final int MAX_QUERY_CHARS = 500;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = VietnameseAnalyzers.perField();

    private DocumentSearcher(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index under the data folder, or empty if nothing was ever indexed there. */
    public static Optional<DocumentSearcher> open(Path dataDir) {
        Path dir = DocumentIndex.indexDir(dataDir);
        try {
            if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
                return Optional.empty();
            }
            return Optional.of(new DocumentSearcher(DirectoryReader.open(FSDirectory.open(dir))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir, e);
        }
    }

    /** The index's version: it changes with every commit, so views built from it can be cached until then. */
    public long version() {
        return reader.getVersion();
    }

    public int documentCount() {
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.KIND, "document")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("the query is empty: type some words, e.g. chi thi 50", null);
        }
        if (queryText.length() > MAX_QUERY_CHARS) {
            throw new QuerySyntaxException("the query is longer than " + MAX_QUERY_CHARS + " characters", null);
        }
        // A slash opens a regular expression in Lucene's syntax; in this genre it is part of
        // number-symbols and dates ("50-CT/TW", "IV/2025"), so it is always taken literally.
        String q = Normalizer.normalize(queryText, Normalizer.Form.NFC).replace("/", "\\/");
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(parser(IndexFields.TEXT).parse(q), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(parser(IndexFields.TEXT_EXACT).parse(q), EXACT_BOOST), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(parser(IndexFields.RAW).parse(q), RAW_BOOST), BooleanClause.Occur.SHOULD);
            // Documents only: task entries share the text fields.
            return new BooleanQuery.Builder()
                    .add(b.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.KIND, "document")), BooleanClause.Occur.FILTER)
                    .build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot understand the query \"" + queryText
                    + "\": use plain words, \"quoted phrases\", AND/OR/NOT, a trailing * (no leading *)", e);
        }
    }

    private QueryParser parser(String field) {
        QueryParser p = new QueryParser(field, analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setAllowLeadingWildcard(false);
        p.setSplitOnWhitespace(true);
        return p;
    }

    public List<SearchHit> search(String queryText, int limit) {
        return search(queryText, limit, SearchFilters.none());
    }

    /** Search narrowed by {@code filters}; the filters never change the ranking. */
    public List<SearchHit> search(String queryText, int limit, SearchFilters filters) {
        Query query = filtered(parse(queryText), filters);
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                    .withMaxLength(1_000_000)
                    // OCR text has few sentence ends: cut passages at words, about 160 characters.
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.ROOT), 160, 0.5f))
                    .build();
            String[] snippets = highlighter.highlight(IndexFields.TEXT, query, top, 2);
            String[] rawSnippets = highlighter.highlight(IndexFields.RAW, query, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            StoredFieldsView stored = new StoredFieldsView(searcher);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                var doc = stored.get(sd.doc);
                String snippet = snippets[i] != null && snippets[i].contains("«") ? snippets[i]
                        : rawSnippets[i] != null ? rawSnippets[i] : snippets[i];
                hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.FILE), doc.get(IndexFields.PATH),
                        sd.score, snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip(), doc.get(IndexFields.TYPE),
                        doc.get(IndexFields.NUMBER_SYMBOL), doc.get(IndexFields.DATE), doc.get(IndexFields.ISSUER),
                        doc.get(IndexFields.LEVEL)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The stored document with this id (or an unambiguous id prefix, or a file name). */
    public Optional<IndexedDocument> get(String idOrFile) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, idOrFile)), 1);
            if (top.scoreDocs.length == 0) {
                top = searcher.search(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.FILE, idOrFile)), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(IndexFields.KIND, "document")), BooleanClause.Occur.FILTER)
                        .build(), 1);
            }
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            var d = new StoredFieldsView(searcher).get(top.scoreDocs[0].doc);
            TopDocs taskHits = searcher.search(new TermQuery(new Term(IndexFields.PARENT, d.get(IndexFields.ID))), 10_000);
            List<String> tasks = new ArrayList<>();
            for (ScoreDoc sd : taskHits.scoreDocs) {
                var t = searcher.storedFields().document(sd.doc);
                tasks.add(String.join(" | ", java.util.Objects.toString(t.get(IndexFields.SECTION), "-"),
                        String.join(", ", t.getValues(IndexFields.UNIT_ROLE)),
                        java.util.Objects.toString(t.get(IndexFields.DEADLINE_TEXT), "no deadline"),
                        t.get(IndexFields.TEXT)));
            }
            return Optional.of(new IndexedDocument(d.get(IndexFields.ID), d.get(IndexFields.FILE),
                    d.get(IndexFields.PATH), d.get(IndexFields.SHA256), d.get(IndexFields.MEDIA_TYPE),
                    d.getField(IndexFields.PAGES).numericValue().intValue(),
                    d.getField(IndexFields.OCR_PAGES).numericValue().intValue(),
                    d.get(IndexFields.OCR_CONFIDENCE), d.get(IndexFields.INGESTED_AT),
                    d.get(IndexFields.RAW), d.get(IndexFields.TEXT), d.get(IndexFields.TYPE),
                    d.get(IndexFields.NUMBER_SYMBOL), d.get(IndexFields.ISSUER), d.get(IndexFields.DATE), tasks,
                    d.get(IndexFields.SUBJECT), d.get(IndexFields.ORGANIZATION),
                    List.of(d.getValues(IndexFields.CITATION)), d.get(IndexFields.LEVEL),
                    d.get(IndexFields.PLACE), d.get(IndexFields.PARENT_ORGANIZATION)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query filtered(Query query, SearchFilters f) {
        if (f == null || f.equals(SearchFilters.none())) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (f.type() != null) {
            b.add(new TermQuery(new Term(IndexFields.TYPE, f.type())), BooleanClause.Occur.FILTER);
        }
        if (f.level() != null) {
            b.add(new TermQuery(new Term(IndexFields.LEVEL, f.level())), BooleanClause.Occur.FILTER);
        }
        if (f.issuer() != null) {
            b.add(new TermQuery(new Term(IndexFields.ISSUER, f.issuer())), BooleanClause.Occur.FILTER);
        }
        if (f.dateFrom() != null || f.dateTo() != null) {
            b.add(org.apache.lucene.search.TermRangeQuery.newStringRange(IndexFields.DATE, f.dateFrom(),
                    f.dateTo() == null ? null : f.dateTo() + "\uffff", true, true), BooleanClause.Occur.FILTER);
        }
        if (f.onTasks()) {
            b.add(new org.apache.lucene.search.TermInSetQuery(IndexFields.ID, parentsOfTasks(f)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Ids of the documents having a task that passes the task filters. */
    private List<org.apache.lucene.util.BytesRef> parentsOfTasks(SearchFilters f) {
        BooleanQuery.Builder t = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, "task")), BooleanClause.Occur.FILTER);
        if (f.unit() != null) {
            t.add(new TermQuery(new Term(IndexFields.UNIT, f.unit())), BooleanClause.Occur.FILTER);
        }
        if (f.dueFrom() != null || f.dueTo() != null) {
            t.add(org.apache.lucene.document.IntPoint.newRangeQuery(IndexFields.DUE,
                    f.dueFrom() == null ? Integer.MIN_VALUE : f.dueFrom(), f.dueTo() == null ? Integer.MAX_VALUE : f.dueTo()),
                    BooleanClause.Occur.FILTER);
        }
        if (f.overdueAsOf() != null) {
            t.add(org.apache.lucene.document.IntPoint.newRangeQuery(IndexFields.DUE, Integer.MIN_VALUE, f.overdueAsOf() - 1),
                    BooleanClause.Occur.FILTER);
        }
        try {
            java.util.Set<org.apache.lucene.util.BytesRef> ids = new java.util.HashSet<>();
            TopDocs top = searcher.search(t.build(), Math.max(1, reader.maxDoc()));
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(new org.apache.lucene.util.BytesRef(searcher.storedFields().document(sd.doc,
                        java.util.Set.of(IndexFields.PARENT)).get(IndexFields.PARENT)));
            }
            return new ArrayList<>(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tasks of a document, in the order they were written. */
    public List<IndexedTask> tasksOf(String docId) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.PARENT, docId)), 10_000,
                    new org.apache.lucene.search.Sort(org.apache.lucene.search.SortField.FIELD_DOC));
            List<IndexedTask> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                var t = searcher.storedFields().document(sd.doc);
                var due = t.getField(IndexFields.DUE);
                out.add(new IndexedTask(docId, t.get(IndexFields.SECTION), t.get(IndexFields.TASK_KIND),
                        List.of(t.getValues(IndexFields.UNIT_ROLE)), t.get(IndexFields.TEXT), t.get(IndexFields.DEADLINE_TEXT),
                        t.get(IndexFields.DEADLINE_KIND), t.get(IndexFields.DEADLINE_VALUE),
                        due == null ? null : due.numericValue().intValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document's id and file, in index order. */
    public List<IndexedDocument> all() {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.KIND, "document")), Math.max(1, reader.maxDoc()));
            List<IndexedDocument> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String id = new StoredFieldsView(searcher).get(sd.doc).get(IndexFields.ID);
                get(id).ifPresent(out::add);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record StoredFieldsView(IndexSearcher searcher) {
        org.apache.lucene.document.Document get(int doc) throws IOException {
            return searcher.storedFields().document(doc);
        }
    }
}
