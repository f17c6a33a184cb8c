package vn.cascade.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;

import net.sourceforge.tess4j.Tesseract;

/**
 * One initialised Tesseract engine, reused for many pages. Not thread-safe (neither is
 * Tesseract): use one per thread, through {@link OcrEngine}.
 *
 * <p>Why a subclass: Tess4J's {@code doOCR(BufferedImage)} calls a Leptonica function that
 * Debian 12's Leptonica 1.82 lacks, and it re-initialises the engine (loading the model) on every
 * call. Here the engine is initialised once, images go in as raw 8-bit grey bytes (the path that
 * works), and the mean word confidence is read from the same recognition.
 */
final class TesseractSession extends Tesseract implements AutoCloseable {

    private final int dpi;

    TesseractSession(OcrConfig config) {
        setDatapath(config.tessdataPath().toString());
        setLanguage(config.languages());
        setPageSegMode(config.pageSegMode());
        this.dpi = config.dpi();
        init();
        setVariables();
        // Tesseract prints progress lines ("Detected 1007 diacritics") unless told not to; they
        // would mix into the command line's output.
        if (getAPI().TessBaseAPISetVariable(getHandle(), "debug_file", "/dev/null") == 0) {
            System.err.println("debug_file not set");
        }
    }

    /** OCR one image; it is converted to 8-bit grey first if it is not already. */
    OcrResult recognize(BufferedImage image) {
        BufferedImage grey = toGrey(image);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
        buf.put(pixels).flip();
        setImage(grey.getWidth(), grey.getHeight(), buf, 8);
        getAPI().TessBaseAPISetSourceResolution(getHandle(), dpi);
        String text = getOCRText(null, 1);
        int confidence = getAPI().TessBaseAPIMeanTextConf(getHandle());
        getAPI().TessBaseAPIClear(getHandle());
        return new OcrResult(text == null ? "" : text, confidence);
    }

    static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModel().getNumBands() == 1
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    @Override
    public void close() {
        dispose();
    }
}
