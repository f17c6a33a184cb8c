package vn.cascade.ocr;

/**
 * Text of one image and Tesseract's mean word confidence (0..100).
 */
public record OcrResult(String text, int confidence) {
}
