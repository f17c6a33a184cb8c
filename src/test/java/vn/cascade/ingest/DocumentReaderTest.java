package vn.cascade.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cascade.corpus.DigitalWriter;
import vn.cascade.corpus.PageRenderer;
import vn.cascade.domain.Page;
import vn.cascade.ingest.UnreadableDocumentException.Reason;
import vn.cascade.ocr.OcrConfig;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.testutil.BadFiles;
import vn.cascade.testutil.Fixtures;
import vn.cascade.testutil.TextMetrics;

class DocumentReaderTest {

    static OcrEngine ocr;
    static DocumentReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        ocr = new OcrEngine(OcrConfig.defaults(), 1); // engines are made on first use only
        ReadLimits limits = ReadLimits.defaults();
        reader = new DocumentReader(limits, new PdfReader(ocr, limits), new ImageOcrReader(ocr, limits), new TikaReader(1_000_000));
    }

    @AfterAll
    static void close() {
        ocr.close();
    }

    private static String expected() {
        return String.join(" ", PageRenderer.visibleText(Fixtures.PLAN_PARAGRAPH));
    }

    @Test
    void read_docx_givesItsTextThroughTika() throws Exception {
        Path docx = new DigitalWriter().writeDocx(Fixtures.PLAN_PARAGRAPH, dir.resolve("plan.docx"));
        ExtractedText t = reader.read(DocumentReader.fingerprint(docx));
        assertThat(t.mediaType()).contains("wordprocessingml");
        assertThat(TextMetrics.squash(t.joined())).isEqualTo(TextMetrics.squash(expected()));
    }

    @Test
    void read_textLayerPdf_usesTheTextLayerNotOcr() throws Exception {
        Path pdf = new DigitalWriter().writeTextPdf(Fixtures.PLAN_PARAGRAPH, dir.resolve("plan.pdf"));
        ExtractedText t = reader.read(DocumentReader.fingerprint(pdf));
        assertThat(t.pages()).allMatch(p -> p.source() == Page.Source.TEXT_LAYER);
        assertThat(TextMetrics.squash(t.joined())).isEqualTo(TextMetrics.squash(expected()));
    }

    @Test
    void read_emptyFile_isSetAsideAsEmpty() throws Exception {
        assertReason(BadFiles.empty(dir), Reason.EMPTY);
    }

    @Test
    void read_truncatedPdf_isSetAsideAsCorrupt() throws Exception {
        assertReason(BadFiles.corruptPdf(dir), Reason.CORRUPT);
    }

    @Test
    void read_passwordProtectedPdf_isSetAsideAsEncrypted() throws Exception {
        assertReason(BadFiles.encryptedPdf(dir), Reason.ENCRYPTED);
    }

    @Test
    void read_zipNamedTxt_isSetAsideAsBinary() throws Exception {
        assertReason(BadFiles.binaryAsText(dir), Reason.BINARY_AS_TEXT);
    }

    @Test
    void read_pngClaimingBillionsOfPixels_isSetAsideBeforeDecoding() throws Exception {
        assertReason(BadFiles.decompressionBomb(dir), Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void read_fileOverTheSizeLimit_isSetAsideUnread() throws Exception {
        ReadLimits small = new ReadLimits(1000, 1_000_000, 10, 20);
        DocumentReader strict = new DocumentReader(small, new PdfReader(ocr, small), new ImageOcrReader(ocr, small), new TikaReader(1000));
        Path huge = BadFiles.oversized(dir, 5000);
        assertThatThrownBy(() -> strict.read(DocumentReader.fingerprint(huge)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void languageGuard_englishText_isRejected_unaccentedOcrVietnamese_passes() throws Exception {
        LanguageGuard guard = LanguageGuard.defaults();
        String english = java.nio.file.Files.readString(BadFiles.english(dir));
        assertThatThrownBy(() -> guard.check(english))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_VIETNAMESE));
        String ocr = java.nio.file.Files.readString(Fixtures.SEEDS.resolve("000_a512d540e7e72e41.txt"));
        guard.check(ocr); // does not throw
    }

    private void assertReason(Path file, Reason reason) {
        assertThatThrownBy(() -> reader.read(DocumentReader.fingerprint(file)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }
}
