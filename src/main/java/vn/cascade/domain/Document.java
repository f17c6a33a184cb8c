package vn.cascade.domain;

import java.util.List;

/**
 * A document as the pipeline understood it: what was read, and the restored text.
 *
 * @param id           content id ({@link SourceFile#documentId()})
 * @param file         the input file's name
 * @param path         the input file's path as given to the batch
 * @param sha256       hex SHA-256 of the input bytes
 * @param mediaType    detected media type
 * @param pages        pages as read; {@code rawText} is their concatenation
 * @param rawText      text as read (OCR or text layer), pages joined by a form feed line
 * @param restoredText {@code rawText} after the normalisation chain; same number of lines
 */
public record Document(String id, String file, String path, String sha256, String mediaType,
                       List<Page> pages, String rawText, String restoredText) {

    public Document {
        pages = List.copyOf(pages);
    }

    /** Number of pages read by OCR. */
    public long ocrPageCount() {
        return pages.stream().filter(p -> p.source() == Page.Source.OCR).count();
    }
}
