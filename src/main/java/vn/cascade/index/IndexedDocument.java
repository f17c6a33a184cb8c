package vn.cascade.index;

/**
 * A document as stored in the index, for {@code show}.
 *
 * @param ocrConfidence "page:confidence" pairs for OCR'd pages, empty if none
 * @param tasks         one line per task: section | units with roles | deadline | text
 * @param citations     one per cited document: id|relation|type|date|issuer
 * @param level         a {@code DocumentLevel} key, or null when the document does not tell
 * @param place         the place it is dated from, or null (also for documents indexed before the field was)
 * @param parentOrganization the Party organisation above its issuer as its header names it, or null (likewise)
 */
public record IndexedDocument(String id, String file, String path, String sha256, String mediaType,
                              int pages, int ocrPages, String ocrConfidence, String ingestedAt,
                              String rawText, String restoredText, String type, String numberSymbol,
                              String issuer, String date, java.util.List<String> tasks, String subject,
                              String organization, java.util.List<String> citations, String level,
                              String place, String parentOrganization) {
}
