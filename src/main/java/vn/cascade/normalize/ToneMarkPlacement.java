package vn.cascade.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the tone mark of the syllables whose placement varies (open oa, oe, uy) in one
 * convention: {@link Style#OLD} ("hòa", "thủy": on the first vowel, the usual spelling in party
 * documents) or {@link Style#NEW} ("hoà", "thuỷ": on the second vowel). Documents mix both, and
 * search and comparison need one.
 *
 * <p>Only a syllable that ends in the pair is moved; a closed syllable has one correct place
 * ("hoàn", "khuyến") and is never touched, nor is "qu" + y, whose u belongs to the consonant
 * ("quý"). Input should be NFC; output is NFC. Stateless and thread-safe.
 */
public final class ToneMarkPlacement implements TextNormalizer {

    public enum Style { OLD, NEW }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern ONSET = Pattern.compile("[bcdđghklmnpqrstvx]*", Pattern.CASE_INSENSITIVE);

    private final Style style;

    public ToneMarkPlacement(Style style) {
        this.style = style;
    }

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeTone(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String placeTone(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        String tone = "";
        StringBuilder bare = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (!tone.isEmpty()) {
                    return word; // two tone marks: not a syllable we understand
                }
                tone = String.valueOf(c);
            } else {
                bare.append(c);
            }
        }
        int n = bare.length();
        if (tone.isEmpty() || n < 2) {
            return word;
        }
        String pair = bare.substring(n - 2).toLowerCase(Locale.ROOT);
        String onset = bare.substring(0, n - 2);
        boolean movable = (pair.equals("oa") || pair.equals("oe") || pair.equals("uy"))
                && ONSET.matcher(onset).matches()
                && !(pair.equals("uy") && onset.toLowerCase(Locale.ROOT).endsWith("q"));
        if (!movable) {
            return word;
        }
        int at = style == Style.OLD ? n - 1 : n; // insert the mark after this many bare chars
        String placed = bare.substring(0, at) + tone + bare.substring(at);
        return Normalizer.normalize(placed, Normalizer.Form.NFC);
    }
}
