package vn.cascade.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the letter Đ in the codes of number-symbols, where the genre's convention fixes it and
 * OCR loses it: the issuer code of a party committee is always ĐU and of a bloc committee ĐUK
 * ({@code 16-KH/DU}, {@code 16-KH/PU} → {@code 16-KH/ĐU}); the type codes of a decision and a
 * regulation are QĐ and QĐi ({@code 2866-QD/TU} → {@code 2866-QĐ/TU}); the word before one is
 * "số" ({@code sở 15-KH/ĐU} → {@code số 15-KH/ĐU}). Nothing else is changed; spacing and
 * lengths are kept as printed. Stateless and
 * thread-safe.
 */
public final class NumberSymbolCodes implements TextNormalizer {

    private static final Pattern NUMBER_SYMBOL = Pattern.compile(
            // after "Số" glued to the number by OCR ("S22 -KH/PU") as after a space
            "(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[Ss§$]))(\\d{1,4}\\s?-\\s?)([A-Za-zĐđ]{2,4})(\\s?/\\s?)([A-Za-zĐđ]{2,10})(?![\\p{L}\\p{N}])");

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBER_SYMBOL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String type = typeCode(m.group(2));
            String issuer = issuerCode(m.group(4));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + type + m.group(3) + issuer));
        }
        m.appendTail(out);
        // "số" (number) before a number-symbol: the restorer may pick another word of its skeleton
        // ("Kế hoạch sở 15-KH/ĐU": Sở, a department, is followed by a name, never by a number)
        Matcher so = NUMBER_WORD.matcher(out);
        StringBuilder fixed = new StringBuilder(out.length());
        while (so.find()) {
            so.appendReplacement(fixed, Character.isUpperCase(so.group().charAt(0)) ? "Số" : "số");
        }
        so.appendTail(fixed);
        return fixed.toString();
    }

    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Ss][ởổỡọòóôồốỗộ]|SỞ|SỔ)(?=\\s+\\d{1,4}\\s?-\\s?[A-ZĐ]{1,4}i?\\s?/)");

    static String typeCode(String code) {
        return switch (code) {
            case "QD" -> "QĐ";
            case "QDi", "QDI" -> "QĐi";
            default -> code;
        };
    }

    static String issuerCode(String code) {
        // a party committee's codes begin with ĐU (ĐU, ĐUK, ĐUCA, ĐUQS); OCR drops the bar or reads P
        return code.matches("[DP]U[A-Z]{0,3}") ? "Đ" + code.substring(1) : code;
    }
}
