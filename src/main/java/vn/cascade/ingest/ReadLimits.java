package vn.cascade.ingest;

/**
 * Bounds that protect the batch from hostile or accidental input.
 *
 * @param maxFileBytes   larger files are set aside unread
 * @param maxImagePixels an image (or a PDF page raster) with more pixels is set aside before it is
 *                       decoded: a small PNG can claim 50,000 × 50,000 pixels and exhaust memory
 * @param maxPages       PDFs with more pages are set aside
 * @param minPageChars   a PDF page whose text layer has fewer non-space characters is OCR'd
 */
public record ReadLimits(long maxFileBytes, long maxImagePixels, int maxPages, int minPageChars) {

    public static ReadLimits defaults() {
        return new ReadLimits(200L * 1024 * 1024, 120_000_000L, 500, 20);
    }
}
