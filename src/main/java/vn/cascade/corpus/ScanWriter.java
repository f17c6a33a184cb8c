package vn.cascade.corpus;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes rendered pages (from {@link PageRenderer}) in the forms a scanner delivers them.
 *
 * <ul>
 *   <li>{@link #writePng}: one PNG per page, {@code base-p1.png}, {@code base-p2.png}, …, with the
 *       resolution recorded in the {@code pHYs} chunk (so OCR engines do not have to guess it);</li>
 *   <li>{@link #writeTiff}: one multi-page TIFF {@code base.tif}, Deflate-compressed in strips of
 *       64 rows (ImageIO quality 0.75, zlib level ≈ 7: on a speckled 300 dpi page ~3 % larger
 *       than level 9 but about seven times faster, and ~20 % smaller than LZW; the CCITT
 *       schemes need bilevel images), resolution in XResolution/YResolution;</li>
 *   <li>{@link #writeImagePdf}: one image-only PDF {@code base.pdf}, one A4 page per image with the
 *       image drawn over the whole page and no text layer. Images are embedded losslessly
 *       (Flate): for black text on white this is smaller than JPEG even at quality 0.75, which
 *       also smears the glyph edges OCR depends on.</li>
 * </ul>
 * Missing directories are created; existing files of the same name are replaced. Pages of any
 * {@link BufferedImage} type are accepted; greyscale pages stay 8-bit greyscale in every format.
 *
 * <p><b>Thread safety.</b> Instances are immutable and may be shared; concurrent calls are safe as
 * long as they write different files.
 */
public final class ScanWriter {

    public static final int DEFAULT_DPI = 300;

    /** ImageIO's Deflate quality 0.75 maps to zlib level 7: near-best size at a fraction of the time. */
    private static final float TIFF_DEFLATE_QUALITY = 0.75f;
    private static final long TIFF_ROWS_PER_STRIP = 64;
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private final int dpi;

    /** A writer that records {@value #DEFAULT_DPI} dpi. */
    public ScanWriter() {
        this(DEFAULT_DPI);
    }

    /** A writer that records {@code dpi}: the resolution the pages were rendered at. */
    public ScanWriter(int dpi) {
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive, was " + dpi);
        }
        this.dpi = dpi;
    }

    public int dpi() {
        return dpi;
    }

    /**
     * Writes {@code dir/baseName-pN.png} for N = 1…pages.size().
     *
     * @return the files written, in page order
     */
    public List<Path> writePng(List<BufferedImage> pages, Path dir, String baseName) throws IOException {
        check(pages, baseName);
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(pages.size());
        ImageWriter writer = writerFor("png");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam(); // default zlib level: 10× faster than 9
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage img = pages.get(i);
                Path file = dir.resolve(baseName + "-p" + (i + 1) + ".png");
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
                IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = Integer.toString((int) Math.round(dpi / 0.0254)); // PNG counts per metre
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                root.appendChild(phys);
                md.mergeTree(PNG_FORMAT, root);
                write(writer, file, () -> writer.write(null, new IIOImage(img, null, md), param));
                out.add(file);
            }
        } finally {
            writer.dispose();
        }
        return List.copyOf(out);
    }

    /** Writes all pages into one multi-page {@code dir/baseName.tif}. */
    public Path writeTiff(List<BufferedImage> pages, Path dir, String baseName) throws IOException {
        check(pages, baseName);
        Files.createDirectories(dir);
        Path file = dir.resolve(baseName + ".tif");
        ImageWriter writer = writerFor("tiff");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate"); // CCITT needs bilevel images; Deflate beats LZW on 8-bit grey
            param.setCompressionQuality(TIFF_DEFLATE_QUALITY);
            write(writer, file, () -> {
                writer.prepareWriteSequence(null);
                for (BufferedImage img : pages) {
                    IIOMetadata md = tiffMetadata(writer.getDefaultImageMetadata(
                            ImageTypeSpecifier.createFromRenderedImage(img), param));
                    writer.writeToSequence(new IIOImage(img, null, md), param);
                }
                writer.endWriteSequence();
            });
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** Writes {@code dir/baseName.pdf}: one A4 page per image, image only, no text layer. */
    public Path writeImagePdf(List<BufferedImage> pages, Path dir, String baseName) throws IOException {
        check(pages, baseName);
        Files.createDirectories(dir);
        Path file = dir.resolve(baseName + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobj = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobj, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            // Through a stream: PDFBox's save(File) warns about (and does not truncate) an existing file.
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                doc.save(os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return file;
    }

    // ---------------------------------------------------------------- helpers

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(ImageWriter writer, Path file, IoAction action) throws IOException {
        // A FileImageOutputStream does not truncate: remove an older, longer file first.
        Files.deleteIfExists(file);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(file.toFile())) {
            if (ios == null) {
                throw new IOException("Cannot open an image output stream on " + file);
            }
            writer.setOutput(ios);
            action.run();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } finally {
            writer.setOutput(null);
        }
    }

    /**
     * Adds the resolution and sets 64 rows per strip: the writer's default of one row per strip
     * restarts Deflate every row and makes the file ~20 % larger.
     */
    private IIOMetadata tiffMetadata(IIOMetadata defaults) throws IIOInvalidTreeException {
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(defaults);
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        long[][] resolution = {{dpi, 1}};
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION),
                TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION),
                TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_ROWS_PER_STRIP),
                TIFFTag.TIFF_LONG, 1, new long[] {TIFF_ROWS_PER_STRIP}));
        return dir.getAsMetadata();
    }

    /**
     * The JDK's own writer for {@code format} when there is one. Other plugins on the class path
     * (jai-imageio arrives with Tess4J) register first and treat compression settings and
     * metadata differently; the built-in one keeps the output the same everywhere.
     */
    private static ImageWriter writerFor(String format) throws IOException {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
            ImageWriter w = it.next();
            ImageWriterSpi spi = w.getOriginatingProvider();
            if (spi != null && "java.desktop".equals(spi.getClass().getModule().getName())) {
                if (fallback != null) {
                    fallback.dispose();
                }
                return w;
            }
            if (fallback == null) {
                fallback = w;
            } else {
                w.dispose();
            }
        }
        if (fallback == null) {
            throw new IOException("No ImageIO writer for " + format.toUpperCase(Locale.ROOT));
        }
        return fallback;
    }

    private static void check(List<BufferedImage> pages, String baseName) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(baseName, "baseName");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to write");
        }
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("baseName must be a plain file name stem: '" + baseName + "'");
        }
    }
}
