package vn.cascade.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page of a scanned source file as a picture a person reads beside the restored text: a frame
 * of an image file (PNG, TIFF, JPEG …) or a page of a PDF rendered, scaled down to a screen width.
 * The same size limits as the batch apply, so a viewer cannot make the server decode a bomb.
 */
public final class PageImages {

    private final ReadLimits limits;

    public PageImages(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Page {@code page} (from 1) of {@code file}, at most {@code maxWidth} pixels wide; empty when the
     * file is gone, is not an image or a PDF, or has no such page.
     */
    public Optional<BufferedImage> render(Path file, String mediaType, int page, int maxWidth) throws IOException {
        if (page < 1 || !Files.isRegularFile(file) || Files.size(file) > limits.maxFileBytes()) {
            return Optional.empty();
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return pdfPage(file, page, maxWidth);
        }
        if (type.startsWith("image/")) {
            return imageFrame(file, page).map(i -> scaled(i, maxWidth));
        }
        return Optional.empty();
    }

    private Optional<BufferedImage> pdfPage(Path file, int page, int maxWidth) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (page > pdf.getNumberOfPages()) {
                return Optional.empty();
            }
            float widthPoints = pdf.getPage(page - 1).getMediaBox().getWidth();
            float dpi = Math.max(36, Math.min(150, maxWidth * 72f / Math.max(1, widthPoints)));
            return Optional.of(new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.GRAY));
        }
    }

    private Optional<BufferedImage> imageFrame(Path file, int page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int index = page - 1;
                try {
                    ImageOcrReader.checkPixels(reader.getWidth(index), reader.getHeight(index), page, limits);
                } catch (IndexOutOfBoundsException noSuchPage) {
                    return Optional.empty();
                }
                return Optional.of(reader.read(index));
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int h = (int) Math.round(image.getHeight() * (maxWidth / (double) image.getWidth()));
        BufferedImage out = new BufferedImage(maxWidth, Math.max(1, h), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, maxWidth, out.getHeight(), null);
        g.dispose();
        return out;
    }
}
