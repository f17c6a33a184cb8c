package vn.cascade.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.cascade.domain.Page;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.ocr.OcrResult;

/**
 * Reads scanned images (PNG, TIFF with any number of pages, JPEG, BMP, GIF) by OCR. Each frame's
 * size is read from its header and checked against {@link ReadLimits#maxImagePixels()} before it is
 * decoded. Thread-safe when the engine is.
 */
public final class ImageOcrReader {

    private final OcrEngine ocr;
    private final ReadLimits limits;

    public ImageOcrReader(OcrEngine ocr, ReadLimits limits) {
        this.ocr = ocr;
        this.limits = limits;
    }

    public ExtractedText read(Path file, String mediaType) {
        List<Page> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, "cannot open image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.UNSUPPORTED,
                        "no image decoder for " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                for (int i = 0; ; i++) {
                    long w;
                    long h;
                    try {
                        w = reader.getWidth(i);
                        h = reader.getHeight(i);
                    } catch (IndexOutOfBoundsException end) {
                        break;
                    }
                    if (i >= limits.maxPages()) {
                        throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                                "more than " + limits.maxPages() + " pages");
                    }
                    checkPixels(w, h, i + 1, limits);
                    BufferedImage image = reader.read(i);
                    OcrResult r = ocr.recognize(image);
                    pages.add(Page.ocr(i + 1, r.text(), r.confidence()));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            if (e instanceof vn.cascade.ocr.OcrUnavailableException o) {
                throw o;
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "image cannot be decoded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        if (pages.isEmpty()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, "the image has no frames");
        }
        return new ExtractedText(mediaType, pages);
    }

    static void checkPixels(long w, long h, int page, ReadLimits limits) {
        if (w <= 0 || h <= 0 || w * h > limits.maxImagePixels()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.IMAGE_TOO_LARGE,
                    "page " + page + " is " + w + " × " + h + " pixels, limit " + limits.maxImagePixels());
        }
    }
}
