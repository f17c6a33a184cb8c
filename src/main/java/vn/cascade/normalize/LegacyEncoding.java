package vn.cascade.normalize;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy 8-bit Vietnamese encodings that {@link LegacyEncodingConverter} recognises, each with
 * its mapping to Unicode.
 *
 * <p>Both tables are written in terms of the characters a text extractor hands back when it reads
 * the legacy bytes as Windows-1252 / ISO-8859-1 (Apache Tika does): byte {@code 0xB5} arrives as
 * {@code 'µ'} (U+00B5), byte {@code 0xF9} as {@code 'ù'} (U+00F9), and so on. Neither encoding
 * assigns a letter to the bytes {@code 0x80..0x9F}, the only range where Windows-1252 and Latin-1
 * differ, so the two readings need no separate tables.
 *
 * <p>Sources the tables were checked against (the code is written independently of them):
 * <ul>
 *   <li>TCVN3: the TCVN 5712:1993 code chart as published in Wikipedia's "VSCII" article (VN3 is
 *       the subset with 67 lower-case letters, the 7 untoned capitals Ă Â Ê Ô Ơ Ư Đ and the
 *       no-break space); GNU libiconv {@code lib/tcvn.h} (the full TCVN 5712 VN1 table, whose
 *       0xA1..0xFE letters agree with VN3) and glibc iconv's {@code TCVN5712-1} converter; the
 *       TCVN3 table of the {@code vietnamese-conversion} npm package (duydev).</li>
 *   <li>VNI: the VNI-Windows table of xvnkb ({@code vni.h}, Dao Hai Lam) and the VNI table of the
 *       {@code vietnamese-conversion} npm package (duydev); the two agree on all 134 letters.</li>
 * </ul>
 */
public enum LegacyEncoding {

    /**
     * TCVN3 (TCVN 5712:1993 VN3, "ABC"), the encoding of the {@code .VnTime}, {@code .VnArial}…
     * fonts. One byte per letter. Tone-marked capitals do not exist in VN3: they were typed in the
     * companion capital fonts ({@code .VnTimeH}…), at the code points of the lower-case letters.
     */
    TCVN3("TCVN3 (TCVN 5712:1993 VN3, ABC, .VnTime fonts)", tcvn3Table()),

    /**
     * VNI for Windows, the encoding of the {@code VNI-Times}… fonts. A vowel with a diacritic is the
     * base letter followed by one mark byte (two characters), except đ, ơ, ư, ỵ and the toned i,
     * which have bytes of their own. Capitals use the upper-case base and the upper-case mark.
     */
    VNI("VNI for Windows (VNI-Times fonts)", vniTable());

    private final String description;
    private final Map<String, String> table;
    private final int maxKeyLength;

    LegacyEncoding(String description, Map<String, String> table) {
        this.description = description;
        this.table = Collections.unmodifiableMap(table);
        int max = 0;
        for (String key : table.keySet()) {
            max = Math.max(max, key.length());
        }
        this.maxKeyLength = max;
    }

    /** Human-readable name, with the fonts that used the encoding. */
    public String description() {
        return description;
    }

    /**
     * The mapping: legacy character sequence (as read through Windows-1252 / Latin-1) to the
     * Unicode letter it stands for (one NFC character). TCVN3 keys are one character long; VNI
     * keys are one or two. Unmodifiable; iteration order follows the alphabet.
     */
    public Map<String, String> table() {
        return table;
    }

    /** Length of the longest key in {@link #table()}: 1 for TCVN3, 2 for VNI. */
    public int maxKeyLength() {
        return maxKeyLength;
    }

    // ---------------------------------------------------------------------------------------------
    // Table construction. Toned letters are composed with java.text.Normalizer from a base letter
    // and the combining tone mark, so the only hand-written data are the legacy code points.

    private static final char GRAVE = '\u0300';   // huyền
    private static final char HOOK = '\u0309';    // hỏi
    private static final char TILDE = '\u0303';   // ngã
    private static final char ACUTE = '\u0301';   // sắc
    private static final char DOT = '\u0323';     // nặng

    private static String compose(String base, char toneMark) {
        return Normalizer.normalize(base + toneMark, Normalizer.Form.NFC);
    }

    private static String latin1(int code) {
        return String.valueOf((char) code);
    }

    private static Map<String, String> tcvn3Table() {
        Map<String, String> m = new LinkedHashMap<>();
        // The seven capitals without tone marks, 0xA1..0xA7 (read as ¡ ¢ £ ¤ ¥ ¦ §).
        m.put(latin1(0xA1), "Ă");
        m.put(latin1(0xA2), "Â");
        m.put(latin1(0xA3), "Ê");
        m.put(latin1(0xA4), "Ô");
        m.put(latin1(0xA5), "Ơ");
        m.put(latin1(0xA6), "Ư");
        m.put(latin1(0xA7), "Đ");
        // Their lower-case letters, 0xA8..0xAE (read as ¨ © ª « ¬ soft-hyphen ®).
        m.put(latin1(0xA8), "ă");
        m.put(latin1(0xA9), "â");
        m.put(latin1(0xAA), "ê");
        m.put(latin1(0xAB), "ô");
        m.put(latin1(0xAC), "ơ");
        m.put(latin1(0xAD), "ư");
        m.put(latin1(0xAE), "đ");
        // Toned lower-case vowels. Columns: huyền, hỏi, ngã, sắc, nặng (the order of the standard).
        tcvn3Tones(m, "a", 0xB5, 0xB6, 0xB7, 0xB8, 0xB9);   // à ả ã á ạ   (µ ¶ · ¸ ¹)
        tcvn3Tones(m, "ă", 0xBB, 0xBC, 0xBD, 0xBE, 0xC6);   // ằ ẳ ẵ ắ ặ   (» ¼ ½ ¾ Æ)
        tcvn3Tones(m, "â", 0xC7, 0xC8, 0xC9, 0xCA, 0xCB);   // ầ ẩ ẫ ấ ậ   (Ç È É Ê Ë)
        tcvn3Tones(m, "e", 0xCC, 0xCE, 0xCF, 0xD0, 0xD1);   // è ẻ ẽ é ẹ   (Ì Î Ï Ð Ñ)
        tcvn3Tones(m, "ê", 0xD2, 0xD3, 0xD4, 0xD5, 0xD6);   // ề ể ễ ế ệ   (Ò Ó Ô Õ Ö)
        tcvn3Tones(m, "i", 0xD7, 0xD8, 0xDC, 0xDD, 0xDE);   // ì ỉ ĩ í ị   (× Ø Ü Ý Þ)
        tcvn3Tones(m, "o", 0xDF, 0xE1, 0xE2, 0xE3, 0xE4);   // ò ỏ õ ó ọ   (ß á â ã ä)
        tcvn3Tones(m, "ô", 0xE5, 0xE6, 0xE7, 0xE8, 0xE9);   // ồ ổ ỗ ố ộ   (å æ ç è é)
        tcvn3Tones(m, "ơ", 0xEA, 0xEB, 0xEC, 0xED, 0xEE);   // ờ ở ỡ ớ ợ   (ê ë ì í î)
        tcvn3Tones(m, "u", 0xEF, 0xF1, 0xF2, 0xF3, 0xF4);   // ù ủ ũ ú ụ   (ï ñ ò ó ô)
        tcvn3Tones(m, "ư", 0xF5, 0xF6, 0xF7, 0xF8, 0xF9);   // ừ ử ữ ứ ự   (õ ö ÷ ø ù)
        tcvn3Tones(m, "y", 0xFA, 0xFB, 0xFC, 0xFD, 0xFE);   // ỳ ỷ ỹ ý ỵ   (ú û ü ý þ)
        // Unassigned in VN3 (VN1/VN2 put capitals or combining marks there): 0x80..0xA0, 0xAF,
        // 0xB0..0xB4, 0xBA, 0xBF..0xC5, 0xCD, 0xD9..0xDB, 0xE0, 0xF0, 0xFF. They are left as they are.
        return m;
    }

    private static void tcvn3Tones(Map<String, String> m, String base,
                                   int grave, int hook, int tilde, int acute, int dot) {
        m.put(latin1(grave), compose(base, GRAVE));
        m.put(latin1(hook), compose(base, HOOK));
        m.put(latin1(tilde), compose(base, TILDE));
        m.put(latin1(acute), compose(base, ACUTE));
        m.put(latin1(dot), compose(base, DOT));
    }

    private static Map<String, String> vniTable() {
        Map<String, String> m = new LinkedHashMap<>();
        // Mark bytes (lower-case form, upper-case form = lower-case form - 0x20):
        //   tone only:            sắc ù/Ù (F9/D9)  huyền ø/Ø (F8/D8)  hỏi û/Û (FB/DB)
        //                         ngã õ/Õ (F5/D5)  nặng ï/Ï (EF/CF)
        //   circumflex (â ê ô):   alone â/Â (E2/C2), with sắc á/Á (E1/C1), huyền à/À (E0/C0),
        //                         hỏi å/Å (E5/C5), ngã ã/Ã (E3/C3), nặng ä/Ä (E4/C4)
        //   breve (ă):            alone ê/Ê (EA/CA), with sắc é/É (E9/C9), huyền è/È (E8/C8),
        //                         hỏi ú/Ú (FA/DA), ngã ü/Ü (FC/DC), nặng ë/Ë (EB/CB)
        for (boolean upper : new boolean[] {false, true}) {
            // a, ă, â
            vniTones(m, "a", "a", upper);
            vniMarks(m, "a", "â", upper, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4);
            vniMarks(m, "a", "ă", upper, 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB);
            // e, ê
            vniTones(m, "e", "e", upper);
            vniMarks(m, "e", "ê", upper, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4);
            // i: every toned i is a single byte: í/Í (ED/CD) ì/Ì (EC/CC) æ/Æ (E6/C6) ó/Ó (F3/D3) ò/Ò (F2/D2)
            vniSingle(m, 0xED, "í", upper);
            vniSingle(m, 0xEC, "ì", upper);
            vniSingle(m, 0xE6, "ỉ", upper);
            vniSingle(m, 0xF3, "ĩ", upper);
            vniSingle(m, 0xF2, "ị", upper);
            // o, ô, ơ (ơ is the single byte ô/Ô F4/D4, toned by a following tone byte)
            vniTones(m, "o", "o", upper);
            vniMarks(m, "o", "ô", upper, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4);
            vniSingle(m, 0xF4, "ơ", upper);
            vniTones(m, latin1(0xF4), "ơ", upper);
            // u, ư (ư is the single byte ö/Ö F6/D6, toned by a following tone byte)
            vniTones(m, "u", "u", upper);
            vniSingle(m, 0xF6, "ư", upper);
            vniTones(m, latin1(0xF6), "ư", upper);
            // y: sắc, huyền, hỏi, ngã as for the other vowels; ỵ is the single byte î/Î (EE/CE)
            vniTone(m, "y", "y", upper, 0xF9, ACUTE);
            vniTone(m, "y", "y", upper, 0xF8, GRAVE);
            vniTone(m, "y", "y", upper, 0xFB, HOOK);
            vniTone(m, "y", "y", upper, 0xF5, TILDE);
            vniSingle(m, 0xEE, "ỵ", upper);
            // đ: ñ/Ñ (F1/D1)
            vniSingle(m, 0xF1, "đ", upper);
        }
        return m;
    }

    /** Base vowel followed by one of the five tone-only mark bytes. */
    private static void vniTones(Map<String, String> m, String key, String base, boolean upper) {
        vniTone(m, key, base, upper, 0xF9, ACUTE);
        vniTone(m, key, base, upper, 0xF8, GRAVE);
        vniTone(m, key, base, upper, 0xFB, HOOK);
        vniTone(m, key, base, upper, 0xF5, TILDE);
        vniTone(m, key, base, upper, 0xEF, DOT);
    }

    private static void vniTone(Map<String, String> m, String key, String base, boolean upper,
                                int lowerMark, char toneMark) {
        put(m, key + latin1(lowerMark), compose(base, toneMark), upper);
    }

    /** Base vowel followed by a circumflex or breve mark byte, alone or combined with a tone. */
    private static void vniMarks(Map<String, String> m, String key, String letter, boolean upper,
                                 int plain, int acute, int grave, int hook, int tilde, int dot) {
        put(m, key + latin1(plain), letter, upper);
        put(m, key + latin1(acute), compose(letter, ACUTE), upper);
        put(m, key + latin1(grave), compose(letter, GRAVE), upper);
        put(m, key + latin1(hook), compose(letter, HOOK), upper);
        put(m, key + latin1(tilde), compose(letter, TILDE), upper);
        put(m, key + latin1(dot), compose(letter, DOT), upper);
    }

    private static void vniSingle(Map<String, String> m, int lowerCode, String letter, boolean upper) {
        put(m, latin1(lowerCode), letter, upper);
    }

    /**
     * Adds a lower-case entry, or its capital: in VNI every upper-case letter and mark byte is the
     * lower-case byte minus 0x20, which is exactly Latin-1's own case pairing (ù/Ù, ô/Ô, ñ/Ñ), so
     * the capital's key is the lower-case key upper-cased character by character.
     */
    private static void put(Map<String, String> m, String lowerKey, String lowerLetter, boolean upper) {
        if (upper) {
            m.put(lowerKey.toUpperCase(Locale.ROOT), lowerLetter.toUpperCase(Locale.ROOT));
        } else {
            m.put(lowerKey, lowerLetter);
        }
    }
}
