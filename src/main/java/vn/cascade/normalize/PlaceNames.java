package vn.cascade.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the accents of a province's name: a capitalised run of words whose skeleton is that
 * of a province-level name ({@code places-vn.txt}, ISO 3166-2:VN from Debian's iso-codes) is
 * written as the name is ("Lại Châu", "Lai Chau" → "Lai Châu"; "HAI PHONG" → "HẢI PHÒNG"). The
 * language model cannot know a proper name's tones, and a name is what the document's identity
 * and units turn on. Only capitalised words are touched ("hai phòng" stays two rooms), each word
 * keeps its case pattern and length (so offsets hold), and the stage is idempotent. Thread-safe.
 */
public final class PlaceNames implements TextNormalizer {

    /** What separates a name's words: "Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế". */
    private static final Pattern SEPARATOR = Pattern.compile("[ -]+");

    private final Map<String, String> bySkeleton = new HashMap<>();
    private final Pattern names;

    public PlaceNames(List<String> gazetteer) {
        List<String> keys = new ArrayList<>();
        for (String n : gazetteer) {
            String key = skeleton(n);
            if (key.split(" ").length >= 2 && bySkeleton.putIfAbsent(key, n) == null) {
                keys.add(key);
            }
        }
        keys.sort(Comparator.comparingInt(String::length).reversed()); // the longest name first
        StringBuilder alt = new StringBuilder();
        for (String k : keys) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(k).replace(" ", "\\E[ -]+\\Q"));
        }
        names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
    }

    /** The gazetteer on the classpath. */
    public static PlaceNames standard() {
        try (InputStream in = PlaceNames.class.getResourceAsStream("places-vn.txt")) {
            if (in == null) {
                return new PlaceNames(List.of());
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip());
                    }
                }
            }
            return new PlaceNames(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String skeleton(String s) {
        return Syllables.fold(s).toLowerCase(Locale.ROOT).transform(t -> SEPARATOR.matcher(t).replaceAll(" ")).strip();
    }

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty() || bySkeleton.isEmpty()) {
            return text;
        }
        String folded = Syllables.fold(text).toLowerCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            return text; // offsets would not match; leave the text as it is
        }
        Matcher m = names.matcher(folded);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String written = text.substring(m.start(), m.end());
            if (!capitalised(written)) {
                continue;
            }
            String name = bySkeleton.get(skeleton(written));
            String restored = name == null ? null : inCase(name, written);
            if (restored == null || restored.equals(written)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(restored);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** Every word begins with a capital. */
    private static boolean capitalised(String span) {
        for (String w : SEPARATOR.split(span)) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name's letters in the written span's case and separators, or null when the two do not
     * line up letter for letter.
     */
    private static String inCase(String name, String written) {
        String[] nw = SEPARATOR.split(name);
        Matcher sep = SEPARATOR.matcher(written);
        List<String> seps = new ArrayList<>();
        while (sep.find()) {
            seps.add(sep.group());
        }
        String[] ww = SEPARATOR.split(written);
        if (nw.length != ww.length) {
            return null;
        }
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < nw.length; i++) {
            if (nw[i].length() != ww[i].length()) {
                return null;
            }
            boolean allCaps = ww[i].length() > 1 && ww[i].equals(ww[i].toUpperCase(Locale.ROOT));
            for (int k = 0; k < nw[i].length(); k++) {
                char c = nw[i].charAt(k);
                out.append(allCaps || Character.isUpperCase(ww[i].charAt(k)) ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            if (i < seps.size()) {
                out.append(seps.get(i));
            }
        }
        return out.toString();
    }
}
