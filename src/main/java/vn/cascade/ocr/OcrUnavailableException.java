package vn.cascade.ocr;

/** Tesseract or its language data is missing; the message says what to install. */
public final class OcrUnavailableException extends RuntimeException {
    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
