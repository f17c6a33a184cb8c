package vn.cascade.index;

/**
 * One search result: which document, where it came from, what it is (type, number-symbol, date,
 * issuer, level key;
 * null when not understood), and a snippet of the restored text with the matched words between
 * « and ».
 */
public record SearchHit(String id, String file, String path, float score, String snippet, String type,
                        String numberSymbol, String date, String issuer, String level) {
}
