package vn.cascade.index;

/**
 * A document as stored in the index, for {@code show}.
 *
 * @param ocrConfidence "page:confidence" pairs for OCR'd pages, empty if none
 */
public record IndexedDocument(String id, String file, String path, String sha256, String mediaType,
                              int pages, int ocrPages, String ocrConfidence, String ingestedAt,
                              String rawText, String restoredText) {
}
