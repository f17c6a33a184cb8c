package vn.cascade.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the genre's fixed header lines as they are when OCR damaged them: the Party's motto
 * "ĐẢNG CỘNG SẢN VIỆT NAM" heads every Party document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and
 * "Độc lập - Tự do - Hạnh phúc" every state one (the rules on documents). A run of words in which
 * each has the phrase word's length and first letter and at most one other letter differs
 * ("DANG CQNG SAN VIET NAM", "PANG CONG SAN VIET NAM", "BANG …": Đ read as P or B), with at most two such letters in all, is
 * the phrase; each word keeps its case pattern and length, so offsets hold. Idempotent;
 * thread-safe.
 */
public final class Mottos implements TextNormalizer {

    private static final List<String> PHRASES = List.of("Đảng Cộng sản Việt Nam",
            "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}§$¢€]+");

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        for (String phrase : PHRASES) {
            String[] target = phrase.replace(" - ", " ").split(" ");
            List<int[]> words = new java.util.ArrayList<>();
            Matcher m = WORD.matcher(out == null ? text : out);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            String current = out == null ? text : out.toString();
            for (int i = 0; i + target.length <= words.size(); i++) {
                if (!matches(current, words, i, target)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = 0; k < target.length; k++) {
                    int[] w = words.get(i + k);
                    out.replace(w[0], w[1], inCase(target[k], current.substring(w[0], w[1])));
                }
                current = out.toString();
                i += target.length - 1;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean matches(String text, List<int[]> words, int from, String[] target) {
        int differing = 0;
        boolean changed = false;
        for (int k = 0; k < target.length; k++) {
            int[] w = words.get(from + k);
            if (k > 0) {
                String between = text.substring(words.get(from + k - 1)[1], w[0]);
                if (!between.matches("[ \\t]+|\\s*-\\s*") || between.contains("\n")) {
                    return false;
                }
            }
            String written = text.substring(w[0], w[1]);
            String t = target[k];
            if (written.length() != t.length()) {
                return false;
            }
            changed |= !written.equalsIgnoreCase(t);
            String wf = fold(written);
            String tf = fold(t);
            if (wf.charAt(0) != tf.charAt(0) && !(tf.charAt(0) == 'd' && (wf.charAt(0) == 'p' || wf.charAt(0) == 'b'))) {
                return false; // Đ is read as P or B
            }
            int d = 0;
            for (int c = 1; c < tf.length(); c++) {
                if (wf.charAt(c) != tf.charAt(c)) {
                    d++;
                }
            }
            if (d > 1) {
                return false;
            }
            differing += d + (wf.charAt(0) != tf.charAt(0) ? 1 : 0);
        }
        return changed && differing <= 2;
    }

    private static String fold(String s) {
        return Syllables.fold(s).toLowerCase(Locale.ROOT);
    }

    /** The phrase word in the written word's case: all capitals, or a capital first, or lower case. */
    private static String inCase(String word, String written) {
        boolean caps = written.length() > 1 && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (caps) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word.toLowerCase(Locale.ROOT);
    }
}
