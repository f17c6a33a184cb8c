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
 * @param identity     what the document says it is ({@link Identity#unknown()} before understanding)
 * @param citations    the documents it cites or carries out (empty before understanding)
 * @param tasks        its assignments (empty before understanding)
 */
public record Document(String id, String file, String path, String sha256, String mediaType,
                       List<Page> pages, String rawText, String restoredText, Identity identity,
                       List<Citation> citations, List<Task> tasks) {

    public Document {
        pages = List.copyOf(pages);
        citations = List.copyOf(citations);
        tasks = List.copyOf(tasks);
    }

    /** A document as read and restored, not yet understood. */
    public Document(String id, String file, String path, String sha256, String mediaType, List<Page> pages,
                    String rawText, String restoredText) {
        this(id, file, path, sha256, mediaType, pages, rawText, restoredText, Identity.unknown(), List.of(), List.of());
    }

    public Document withUnderstanding(Identity identity, List<Citation> citations, List<Task> tasks) {
        return new Document(id, file, path, sha256, mediaType, pages, rawText, restoredText, identity, citations, tasks);
    }

    /** Number of pages read by OCR. */
    public long ocrPageCount() {
        return pages.stream().filter(p -> p.source() == Page.Source.OCR).count();
    }
}
