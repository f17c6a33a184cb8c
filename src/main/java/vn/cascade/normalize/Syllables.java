package vn.cascade.normalize;

import java.text.Normalizer;
import java.util.Locale;

/** Small, allocation-light helpers on Vietnamese syllables. Stateless and thread-safe. */
public final class Syllables {

    private Syllables() {
    }

    /**
     * The skeleton of a word: lower case, every diacritic removed, đ → d ("Đảng" → "dang").
     * Characters that are not Vietnamese letters (digits, é from OCR damage) are lower-cased and
     * otherwise kept, so an OCR token's skeleton keeps its damage.
     */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            out.append(c < 128 ? c : foldChar(c));
        }
        return out.toString();
    }

    private static final String VIET = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    private static final String BASE = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

    private static char foldChar(char c) {
        int i = VIET.indexOf(c);
        return i >= 0 ? BASE.charAt(i) : c;
    }

    /** Whether the character is a letter of the Vietnamese alphabet (either case, any tone). */
    public static boolean isVietnameseLetter(char c) {
        char l = Character.toLowerCase(c);
        return (l >= 'a' && l <= 'z' && l != 'f' && l != 'j' && l != 'w' && l != 'z') || VIET.indexOf(l) >= 0;
    }

    /** Whether the word carries a Vietnamese diacritic (or đ). */
    public static boolean hasDiacritic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (VIET.indexOf(Character.toLowerCase(s.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (any case) is one well-formed Vietnamese syllable ("thủy"; not "TNHH", "UBND"). */
    public static boolean isSyllable(String word) {
        return LegacyEncodingConverter.isSyllable(lower(word));
    }

    /** Lower case, NFC. */
    public static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Gives {@code word} (lower case) the case pattern of {@code model}: all capitals when the
     * model has two or more letters and at least two thirds of them are capitals (OCR lowers a
     * letter or two of a capitalised heading: "PiCH"), a capital first letter when the model's
     * first letter is capital, lower case otherwise.
     */
    public static String applyCase(String word, String model) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < model.length(); i++) {
            char c = model.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters >= 2 && upper * 3 >= letters * 2) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (!model.isEmpty() && Character.isUpperCase(model.charAt(0)) && !word.isEmpty()) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        return word;
    }
}
