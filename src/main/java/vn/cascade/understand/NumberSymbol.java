package vn.cascade.understand;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number-symbol of a party document ({@code Số 16-KH/ĐU}): the number, the type code (KH = Kế
 * hoạch) and the issuer code (ĐU = a party committee). It identifies a document only together with
 * the issuing organisation and the year (see {@link CitationExtractor}).
 *
 * <p>{@link #parse(String)} accepts the spellings OCR and restoration leave behind: spaces around
 * the hyphen or slash ({@code 50 -CT/TW}, {@code 13- QĐi/TU}), a line break after the hyphen
 * ({@code 21-\nNQ/TW}), a digit split off the number ({@code 1 8-KL/TW} → 18), D or P for Đ in the
 * codes where the genre fixes Đ ({@code KH/DU}, {@code KH/PU} → {@code KH/ĐU}; {@code DUK} →
 * {@code ĐUK}; {@code QD}, {@code QP} → {@code QĐ}; {@code QDi}, {@code QDl}, {@code QPi} →
 * {@code QĐi}) and any case of {@code CTr}. A leading {@code Số}/{@code s6} is the caller's to
 * strip. Numbers are written with at least two digits, as the genre does ({@code 9} → {@code 09}).
 * Immutable and thread-safe.
 *
 * @param number     the number, digits only, at least two of them ({@code 16}, {@code 2866})
 * @param typeCode   the canonical type code ({@code KH}, {@code QĐi}, {@code CTr})
 * @param issuerCode the canonical issuer code ({@code TW}, {@code ĐU}, {@code BTGDVTU})
 */
public record NumberSymbol(String number, String typeCode, String issuerCode) {

    /** Type codes of the genre and the document types they stand for (DOMAIN.md). */
    public static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("CT", "Chỉ thị"),
            Map.entry("KH", "Kế hoạch"),
            Map.entry("HD", "Hướng dẫn"),
            Map.entry("QĐ", "Quyết định"),
            Map.entry("QĐi", "Quy định"),
            Map.entry("KL", "Kết luận"),
            Map.entry("NQ", "Nghị quyết"),
            Map.entry("TB", "Thông báo"),
            Map.entry("BC", "Báo cáo"),
            Map.entry("CTr", "Chương trình"),
            // the party's other documents (Quy định 66-QĐ/TW on the kinds of party documents)
            Map.entry("QC", "Quy chế"),
            Map.entry("ĐA", "Đề án"),
            Map.entry("CV", "Công văn"),
            Map.entry("TTr", "Tờ trình"));

    /**
     * A number-symbol inside running text (original text, not folded: the codes are capitals).
     * Groups: 1+2 a number with one digit split off by a space ({@code 1 8}), or 3 the number;
     * 4 the type code as written; 5 the issuer code as written. The number must not follow another
     * digit; the split form must not follow a letter either ({@code s6 50-CT/TW} is 50, not 650).
     */
    static final Pattern IN_TEXT = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])(\\d{1,3}) (\\d)|(?<!\\p{N})(\\d{1,4}))"
                    + "[ \\t]{0,2}[-\u2010\u2011\u2013][ \\t]{0,2}(?:\\r?\\n[ \\t]{0,2})?"
                    + "([A-ZĐÐ][A-Za-zĐđÐ]{0,3})"
                    + "[ \\t]?/[ \\t]?"
                    + "([A-ZĐÐ][A-ZĐÐ0-9]{1,11})(?![\\p{L}\\p{N}])");

    private static final Pattern WHOLE = Pattern.compile("\\s*" + IN_TEXT.pattern() + "\\s*");

    private static final Pattern GENERIC_TYPE = Pattern.compile("[A-ZĐ]{2,4}|[A-ZĐ]{1,3}[a-z]");

    public NumberSymbol {
        if (number == null || typeCode == null || issuerCode == null) {
            throw new IllegalArgumentException("number, typeCode and issuerCode are required");
        }
    }

    /** The canonical spelling: {@code 16-KH/ĐU}, {@code 2866-QĐ/TU}, {@code 06-HD/BTGDVTU}. */
    public String canonical() {
        return number + "-" + typeCode + "/" + issuerCode;
    }

    /** The document type of the type code ({@code KH} → {@code Kế hoạch}), or null if unknown. */
    public String typeName() {
        return TYPE_NAMES.get(typeCode);
    }

    @Override
    public String toString() {
        return canonical();
    }

    /**
     * Parses a number-symbol written alone (surrounding white space allowed), in any of the
     * spellings listed in the class comment. Empty when the string is not one, or its type code is
     * neither one of {@link #TYPE_NAMES} nor shaped like a code (2–4 capitals, or capitals and a
     * final small letter like {@code TTr}).
     */
    public static Optional<NumberSymbol> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(s);
        return m.matches() ? fromMatch(m) : Optional.empty();
    }

    /** The number-symbol of a match of {@link #IN_TEXT} (or of a pattern embedding its groups). */
    static Optional<NumberSymbol> fromMatch(Matcher m) {
        String digits = m.group(3) != null ? m.group(3) : m.group(1) + m.group(2);
        return of(digits, m.group(4), m.group(5));
    }

    /** Canonicalises the three parts as written; empty when one of them is not acceptable. */
    static Optional<NumberSymbol> of(String digits, String type, String issuer) {
        String number = canonicalNumber(digits);
        String typeCode = canonicalType(type);
        String issuerCode = canonicalIssuer(issuer);
        if (number == null || typeCode == null || issuerCode == null) {
            return Optional.empty();
        }
        return Optional.of(new NumberSymbol(number, typeCode, issuerCode));
    }

    static String canonicalNumber(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String n = digits.replaceFirst("^0+", "");
        if (n.isEmpty()) {
            return null;
        }
        return n.length() == 1 ? "0" + n : n;
    }

    static String canonicalType(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String t = raw.replace('Ð', 'Đ').replace('đ', 'Đ');
        String up = t.toUpperCase(Locale.ROOT);
        if (up.matches("Q[DĐPB]")) {
            return "QĐ";
        }
        if (up.matches("Q[DĐPB][IL1]")) {
            return "QĐi";
        }
        if (up.equals("CTR")) {
            return "CTr";
        }
        if (up.equals("TTR")) {
            return "TTr";
        }
        if (up.equals("DA")) {
            return "ĐA"; // OCR drops the bar of Đ, as in QĐ; no party document's code is DA
        }
        if (TYPE_NAMES.containsKey(up)) {
            return up;
        }
        return GENERIC_TYPE.matcher(t).matches() ? t : null;
    }

    static String canonicalIssuer(String raw) {
        if (raw == null || raw.length() < 2) {
            return null;
        }
        String c = raw.replace('Ð', 'Đ').replace('đ', 'Đ').toUpperCase(Locale.ROOT);
        // a party committee's codes begin with ĐU (ĐU, ĐUK, ĐUCA, ĐUQS); OCR drops the bar or reads P
        return c.matches("[DP]U[A-Z]{0,3}") ? "Đ" + c.substring(1) : c;
    }
}
