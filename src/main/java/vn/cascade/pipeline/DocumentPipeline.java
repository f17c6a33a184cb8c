package vn.cascade.pipeline;

import vn.cascade.domain.Document;
import vn.cascade.domain.SourceFile;
import vn.cascade.ingest.DocumentReader;
import vn.cascade.ingest.ExtractedText;
import vn.cascade.ingest.ImageOcrReader;
import vn.cascade.ingest.LanguageGuard;
import vn.cascade.ingest.PdfReader;
import vn.cascade.ingest.TikaReader;
import vn.cascade.ingest.UnreadableDocumentException;
import vn.cascade.normalize.TextNormalizer;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.understand.Extraction;
import vn.cascade.understand.Understanding;

/**
 * The stages a document goes through, composed in one place: read (Tika, or OCR for scans) →
 * language check → restore the Vietnamese → understand (identity, tasks) → the {@link Document}.
 * Indexing follows in the batch. Plain Java: the batch job calls {@link #process} and nothing else.
 * Thread-safe; owns the OCR engine pool and closes it.
 */
public final class DocumentPipeline implements AutoCloseable {

    private final DocumentReader reader;
    private final LanguageGuard languageGuard;
    private final TextNormalizer normalizer;
    private final OcrEngine ocr;
    private final Understanding understanding;

    public DocumentPipeline(DocumentReader reader, LanguageGuard languageGuard, TextNormalizer normalizer, OcrEngine ocr,
                            Understanding understanding) {
        this.understanding = understanding;
        this.reader = reader;
        this.languageGuard = languageGuard;
        this.normalizer = normalizer;
        this.ocr = ocr;
    }

    public static DocumentPipeline create(CascadeConfig config) {
        OcrEngine ocr = new OcrEngine(config.ocr(), config.threads());
        DocumentReader reader = new DocumentReader(config.limits(),
                new PdfReader(ocr, config.limits()),
                new ImageOcrReader(ocr, config.limits()),
                new TikaReader(20_000_000));
        LanguageGuard guard = config.languageCheck()
                ? new LanguageGuard(config.languageMinLetters(), config.languageMinConfidence())
                : null;
        return new DocumentPipeline(reader, guard, config.normalizationChain(), ocr, config.understanding());
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    /**
     * Reads and restores one file.
     *
     * @throws UnreadableDocumentException when the file must be set aside
     */
    public Document process(SourceFile source) {
        ExtractedText text = reader.read(source);
        String raw = text.joined();
        if (raw.isBlank()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT, null);
        }
        if (languageGuard != null) {
            languageGuard.check(raw);
        }
        String restored = normalizer.normalize(raw);
        Extraction understood = understoodOrEmpty(() -> understanding.understand(source.fileName(), restored), source.fileName());
        return new Document(source.documentId(), source.fileName(), source.path().toString(), source.sha256(),
                text.mediaType(), text.pages(), raw, restored, understood.identity(), understood.citations(),
                understood.tasks());
    }

    private static final System.Logger LOG = System.getLogger(DocumentPipeline.class.getName());

    /**
     * What understanding found, or nothing when it failed on this text (a fault of the rules, not of
     * the file): the document is still indexed and searchable by its text, the fault logged with its
     * file, and the batch goes on.
     */
    static Extraction understoodOrEmpty(java.util.function.Supplier<Extraction> understand, String file) {
        try {
            return understand.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "understanding failed on " + file + "; indexed with its text only", e);
            return Extraction.empty(file);
        }
    }

    @Override
    public void close() {
        ocr.close();
    }
}
