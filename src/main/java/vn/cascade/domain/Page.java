package vn.cascade.domain;

/**
 * The text of one page as read, before restoration.
 *
 * @param number        1-based page number (a plain text file is one page)
 * @param text          the text as the file or the OCR gave it
 * @param source        where the text came from
 * @param ocrConfidence Tesseract's mean word confidence 0..100 for OCR pages, null otherwise
 */
public record Page(int number, String text, Source source, Integer ocrConfidence) {

    public enum Source { TEXT_LAYER, OCR }

    public static Page text(int number, String text) {
        return new Page(number, text, Source.TEXT_LAYER, null);
    }

    public static Page ocr(int number, String text, int confidence) {
        return new Page(number, text, Source.OCR, confidence);
    }
}
