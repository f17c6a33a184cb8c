package vn.cascade.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.cascade.domain.Page;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.ocr.OcrResult;

/**
 * Reads a PDF page by page: the text layer where a page has one, OCR of the page rendered at the
 * configured dpi where it has none (scans, or a scan with a stray text layer of a few characters).
 *
 * <p>Why PDFBox directly rather than through Tika (which uses PDFBox too): the decision is per page,
 * and each OCR page keeps its own confidence; Tika's OCR strategy works per document and reports no
 * confidence. Thread-safe when the engine is.
 */
public final class PdfReader {

    private final OcrEngine ocr;
    private final ReadLimits limits;

    public PdfReader(OcrEngine ocr, ReadLimits limits) {
        this.ocr = ocr;
        this.limits = limits;
    }

    public ExtractedText read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                        "the PDF forbids text extraction");
            }
            int n = pdf.getNumberOfPages();
            if (n == 0) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT, "the PDF has no pages");
            }
            if (n > limits.maxPages()) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                        n + " pages, limit " + limits.maxPages());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            PDFRenderer renderer = null;
            List<Page> pages = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(pdf);
                if (text.replaceAll("\\s+", "").length() >= limits.minPageChars()) {
                    pages.add(Page.text(i, text));
                    continue;
                }
                if (renderer == null) {
                    renderer = new PDFRenderer(pdf);
                }
                int dpi = ocr.config().dpi();
                PDPage page = pdf.getPage(i - 1);
                PDRectangle box = page.getCropBox();
                long w = Math.round(box.getWidth() / 72.0 * dpi);
                long h = Math.round(box.getHeight() / 72.0 * dpi);
                ImageOcrReader.checkPixels(w, h, i, limits);
                BufferedImage image = renderer.renderImageWithDPI(i - 1, dpi, ImageType.GRAY);
                OcrResult r = ocr.recognize(image);
                pages.add(Page.ocr(i, r.text(), r.confidence()));
            }
            return new ExtractedText("application/pdf", pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                    "the PDF needs a password to open", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "PDF cannot be parsed (" + e.getMessage() + ")", e);
        }
    }
}
