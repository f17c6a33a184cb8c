package vn.cascade.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens restoration works on, keeping every character's place so the text
 * can be rebuilt exactly: a token is a run of non-space characters, split into leading
 * punctuation, a core, and trailing punctuation. Stateless and thread-safe.
 */
public final class TextTokens {

    /** What a token's core is. */
    public enum Kind {
        /** Letters only, or letters with OCR look-alike digits inside ("s6", "g1up"): a syllable to restore. */
        WORD,
        /** Digits, possibly with separators: "2025", "23/7/2025", "1.2". Never changed. */
        NUMBER,
        /**
         * Anything else that must stay as written: number-symbols ("50-CT/TW"), roman numerals,
         * URLs, e-mail addresses, words with symbols.
         */
        PROTECTED
    }

    /** One token: text[start, end) is its core; lead and trail are the punctuation around it. */
    public record Token(int start, int end, String core, Kind kind, boolean sentenceEnd) {
    }

    private static final Pattern RUN = Pattern.compile("\\S+");
    private static final Pattern NUMBER = Pattern.compile("\\d+([./,:-]\\d+)*");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    // Letters with digits OCR put in ("s6", "g1up", "0y"), and two digits before two letters or more
    // ("16ng" for "lồng"); the restorer leaves codes such as "5G", "10A", "20h" as written.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(\\d[\\p{L}\\p{M}]*)*|\\d[\\p{L}\\p{M}]+\\d?[\\p{L}\\p{M}]*"
            + "|\\d\\d[\\p{L}\\p{M}]{2,}"
            // a glyph OCR put for a letter with its diacritics ("nhi€ém", "m&i", "K&", "¥ nghĩa")
            + "|[\\p{L}\\p{M}]*[" + OcrGlyphs.CHARS + "][\\p{L}\\p{M}]*"
            // the horn OCR printed as an apostrophe after its vowel ("nuó'c", "mó'i", "cu'dng"): one word
            + "|\\p{L}*[uUoOóòỏõọÓÒ]'\\p{Ll}+");

    /** The glyphs OCR without Vietnamese prints for accented letters (measured on the seeds' damage). */
    public static final class OcrGlyphs {
        public static final String CHARS = "€¢£¥&©®™§ﬁﬂ";
        /** Those that stand alone for a one-letter word ("¥ nghĩa" is "ý nghĩa"); "&" alone means and. */
        public static final String LETTER_LIKE = "¥€¢£©";

        private OcrGlyphs() {
        }

        public static boolean is(char c) {
            return CHARS.indexOf(c) >= 0;
        }
    }

    private TextTokens() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && !Character.isLetterOrDigit(text.charAt(s)) && !glyphOfWord(text, s, e)) {
                s++;
            }
            int coreEnd = e;
            while (coreEnd > s && !Character.isLetterOrDigit(text.charAt(coreEnd - 1))
                    && Character.getType(text.charAt(coreEnd - 1)) != Character.NON_SPACING_MARK
                    && !glyphOfWord(text, s, coreEnd)) {
                coreEnd--;
            }
            String trail = text.substring(coreEnd, e);
            boolean sentenceEnd = trail.contains(".") || trail.contains(";") || trail.contains(":")
                    || trail.contains("?") || trail.contains("!");
            if (s >= coreEnd) {
                continue; // punctuation only
            }
            String core = text.substring(s, coreEnd);
            Kind kind = ROMAN.matcher(core).matches() && trail.startsWith(".") ? Kind.PROTECTED : kindOf(core);
            out.add(new Token(s, coreEnd, core, kind, sentenceEnd));
        }
        return out;
    }

    /**
     * Whether the glyph at the edge of {@code text[s, e)} belongs to the word: next to a letter
     * ("K&", "v¢€"), or standing alone ("¥" for "ý"); not when a digit or punctuation surrounds it.
     */
    private static boolean glyphOfWord(String text, int s, int e) {
        char first = text.charAt(s);
        char last = text.charAt(e - 1);
        if (OcrGlyphs.is(first) && (e - s == 1 ? OcrGlyphs.LETTER_LIKE.indexOf(first) >= 0 : Character.isLetter(text.charAt(s + 1)))) {
            return true;
        }
        if (!OcrGlyphs.is(last)) {
            return false;
        }
        int i = e - 1;
        while (i > s && OcrGlyphs.is(text.charAt(i - 1))) {
            i--;
        }
        return i == s ? e - s == 1 && OcrGlyphs.LETTER_LIKE.indexOf(last) >= 0 : Character.isLetter(text.charAt(i - 1)) && e - i <= 2;
    }

    static Kind kindOf(String core) {
        if (NUMBER.matcher(core).matches()) {
            return Kind.NUMBER;
        }
        if (core.length() > 1 && ROMAN.matcher(core).matches()) {
            return Kind.PROTECTED;
        }
        if (WORD.matcher(core).matches() && !core.chars().allMatch(Character::isDigit)) {
            return Kind.WORD;
        }
        return Kind.PROTECTED;
    }

    /** The language model's token for a core: a lower-case word, or a class. */
    public static String lmToken(Token t) {
        return switch (t.kind()) {
            case NUMBER -> vn.cascade.normalize.lm.SyllableLanguageModel.NUM;
            case PROTECTED -> vn.cascade.normalize.lm.SyllableLanguageModel.SYM;
            case WORD -> Syllables.lower(t.core());
        };
    }

    /** Splits text into sentences of language-model tokens (for training). */
    public static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> cur = new ArrayList<>();
            for (Token t : tokenize(line)) {
                cur.add(lmToken(t));
                if (t.sentenceEnd()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
        }
        return out;
    }
}
