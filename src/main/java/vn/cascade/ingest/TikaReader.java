package vn.cascade.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import vn.cascade.domain.Page;

/**
 * Reads digital documents (text, Markdown, HTML, DOCX, DOC, ODT, RTF …) with Tika's auto-detecting
 * parser, as one page. OCR of embedded images is off here: scans go through {@link ImageOcrReader}
 * and {@link PdfReader}. Thread-safe (Tika's parsers are).
 */
public final class TikaReader {

    private final Parser parser = new AutoDetectParser();
    private final int maxChars;

    /** @param maxChars text beyond this many characters is an error, not silently cut */
    public TikaReader(int maxChars) {
        this.maxChars = maxChars;
    }

    public ExtractedText read(Path file, String mediaType) {
        if (mediaType.equals("text/plain") || mediaType.contains("markdown")) {
            return readPlain(file, mediaType);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED, e.getMessage(), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                        "more than " + maxChars + " characters of text", e);
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, e.getMessage(), e);
        } catch (TikaException | IOException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof EncryptedDocumentException
                    || root.getClass().getSimpleName().contains("Encrypted")
                    || String.valueOf(root.getMessage()).toLowerCase().contains("password")) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED, root.getMessage(), e);
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    mediaType + " cannot be parsed (" + root.getMessage() + ")", e);
        }
        return new ExtractedText(mediaType, List.of(Page.text(1, handler.toString())));
    }

    /**
     * Plain text needs only its charset found (Tika's detectors: BOM, declared, statistical); the
     * full parser would also sniff it for CSV, which costs more than the rest of ingest.
     */
    private ExtractedText readPlain(Path file, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > maxChars) {
                    throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                            "more than " + maxChars + " characters of text");
                }
            }
            return new ExtractedText(mediaType, List.of(Page.text(1, sb.toString())));
        } catch (TikaException | IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the text's character encoding cannot be determined (" + e.getMessage() + ")", e);
        }
    }
}
