package vn.cascade.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import vn.cascade.domain.SourceFile;

/**
 * Reads any supported file into pages of text, choosing the path by the detected type: PDFs page by
 * page ({@link PdfReader}), images by OCR ({@link ImageOcrReader}), everything else with Tika
 * ({@link TikaReader}). Before reading it checks the cheap things that make a file unreadable
 * (empty, too large, binary content under a text name), so a bad file costs little.
 *
 * @throws UnreadableDocumentException (from {@link #read}) for any file that must be set aside
 */
public final class DocumentReader {

    private final Tika tika = new Tika();
    private final ReadLimits limits;
    private final PdfReader pdf;
    private final ImageOcrReader images;
    private final TikaReader digital;

    public DocumentReader(ReadLimits limits, PdfReader pdf, ImageOcrReader images, TikaReader digital) {
        this.limits = limits;
        this.pdf = pdf;
        this.images = images;
        this.digital = digital;
    }

    public ExtractedText read(SourceFile source) {
        Path file = source.path();
        if (source.size() == 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.EMPTY, null);
        }
        if (source.size() > limits.maxFileBytes()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    source.size() + " bytes, limit " + limits.maxFileBytes());
        }
        String byName = tika.detect(file.getFileName().toString());
        String byContent = detectContent(file);
        if (isText(byName) && !isText(byContent)) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.BINARY_AS_TEXT,
                    "named " + byName + ", content is " + byContent);
        }
        String type = byContent.equals(MediaType.OCTET_STREAM.toString()) ? byName : byContent;
        if (type.equals("application/pdf")) {
            return pdf.read(file);
        }
        if (type.startsWith("image/")) {
            return images.read(file, type);
        }
        if (type.equals(MediaType.OCTET_STREAM.toString())) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.UNSUPPORTED,
                    "unknown binary content");
        }
        return digital.read(file, type);
    }

    private String detectContent(Path file) {
        try (InputStream in = TikaInputStream.get(file)) {
            // Content only: no name in the metadata, so the name cannot vouch for the bytes.
            return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isText(String mediaType) {
        return mediaType.startsWith("text/");
    }

    /** Reads a file's SHA-256 and size. */
    public static SourceFile fingerprint(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            long size = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
                size += n;
            }
            return new SourceFile(file, java.util.HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
