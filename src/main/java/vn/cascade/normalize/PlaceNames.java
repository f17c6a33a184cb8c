package vn.cascade.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the accents of a place's name. The language model cannot know a proper name's tones,
 * and a name is what the document's identity and units turn on, so a capitalised run of words
 * whose skeleton is a known place's is written as the gazetteer has it:
 * <ul>
 *   <li>a province-level name ({@code places-vn.txt}, ISO 3166-2:VN from Debian's iso-codes)
 *       anywhere: "Lại Châu", "Lai Chau" → "Lai Châu"; "HAI PHONG" → "HẢI PHÒNG";</li>
 *   <li>a district's, commune's or ward's name ({@code places-local-vn.tsv}, before and after the
 *       2025 reorganisation) only where the text names its level just before it, as the genre
 *       always does ("xã Dong Lau", "ĐẢNG ỦY PHƯỜNG LE CHAN"), and only when the name ends there:
 *       such names are also people's names and ordinary words. Where several places share a
 *       skeleton (<i>Bình Thạnh</i>, <i>Bình Thành</i>), a spelling the text already has among
 *       them is kept, else the one most units bear is written.</li>
 * </ul>
 * Only capitalised words are touched ("hai phòng" stays two rooms), each word keeps its case
 * pattern and length (so offsets hold), and the stage is idempotent. Thread-safe.
 */
public final class PlaceNames implements TextNormalizer {

    /** What separates a name's words: "Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế". */
    private static final Pattern SEPARATOR = Pattern.compile("[ -]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Words, folded, that name a local unit's level (or its party committee) before its name. */
    private static final Set<String> LEVEL = Set.of("xa", "phuong", "huyen", "quan", "tinh", "thanh pho",
            "thi xa", "thi tran", "dac khu", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy");
    private static final int MAX_WORDS = 5;

    private final Map<String, String> provinces = new HashMap<>();
    private final Map<String, List<String>> locals = new HashMap<>();

    /** Province-level names only. */
    public PlaceNames(List<String> gazetteer) {
        this(gazetteer, Map.of());
    }

    /**
     * @param provinces province-level names, restored wherever they are written
     * @param localUnits local units' names and how many units bear each, restored after a level word
     */
    public PlaceNames(List<String> provinces, Map<String, Integer> localUnits) {
        for (String n : provinces) {
            String key = skeleton(n);
            if (key.split(" ").length >= 2) {
                this.provinces.putIfAbsent(key, n);
            }
        }
        localUnits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String key = skeleton(e.getKey());
                    if (key.split(" ").length >= 2 && key.split(" ").length <= MAX_WORDS) {
                        locals.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
                    }
                });
    }

    /** The gazetteers on the classpath. */
    public static PlaceNames standard() {
        Map<String, Integer> local = new HashMap<>();
        for (String line : lines("places-local-vn.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                local.merge(f[0].strip(), Integer.parseInt(f[1].strip()), Integer::sum);
            }
        }
        return new PlaceNames(PROVINCES, local);
    }

    /** The province-level names of the gazetteer ({@code places-vn.txt}), as written there. */
    public static List<String> provinces() {
        return PROVINCES;
    }

    private static final List<String> PROVINCES = lines("places-vn.txt").stream().map(String::strip).toList();

    private static List<String> lines(String resource) {
        try (InputStream in = PlaceNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String skeleton(String s) {
        return Syllables.fold(s).toLowerCase(Locale.ROOT).transform(t -> SEPARATOR.matcher(t).replaceAll(" ")).strip();
    }

    @Override
    public String normalize(String text) {
        return normalize(text, true);
    }

    /**
     * As {@link #normalize(String)}; with {@code localNames} false only provinces' names are restored:
     * a text that kept its accents (typed, digital) writes its districts' and communes' names as they
     * are, invented or not in the gazetteer's spelling.
     */
    public String normalize(String text, boolean localNames) {
        if (text == null || text.isEmpty() || (provinces.isEmpty() && locals.isEmpty())) {
            return text;
        }
        String folded = Syllables.fold(text).toLowerCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            return text; // offsets would not match; leave the text as it is
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        Map<String, String> named = new HashMap<>(); // local names the text gives with their level
        if (localNames) {
            rewrite(text, folded, words, true, named, true);
        }
        return rewrite(text, folded, words, localNames, named, false);
    }

    /**
     * One pass over the words: the places written where the genre's conventions say a place stands
     * (local ones only with {@code localNames}), and every other capitalised writing of the local
     * names in {@code named} (a school or a committee named after its commune: "Trường Đại học Bắc
     * Lãng" once the text has written "tỉnh Bắc Lãng"). With {@code collect} the pass only fills
     * {@code named} and rewrites nothing.
     */
    private String rewrite(String text, String folded, List<int[]> words, boolean localNames,
                           Map<String, String> named, boolean collect) {
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            String restored = null;
            int run = 0; // capitalised words from i, joined by spaces or a dash
            while (run < MAX_WORDS && i + run < words.size() && Character.isUpperCase(text.charAt(words.get(i + run)[0]))
                    && (run == 0 || separatorOnly(text, words.get(i + run - 1)[1], words.get(i + run)[0]))) {
                run++;
            }
            for (int n = run; n >= 2 && restored == null; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String written = text.substring(start, end);
                String key = folded.substring(start, end).transform(t -> SEPARATOR.matcher(t).replaceAll(" "));
                String name = provinces.get(key);
                if (name == null && localNames && locals.containsKey(key) && !nameGoesOn(text, words, i + n)) {
                    if (afterLevelWord(text, folded, words, i)) {
                        name = pick(locals.get(key), written);
                        if (collect) {
                            named.putIfAbsent(key, name);
                        }
                    } else if (!collect && named.containsKey(key)) {
                        // a place's other spelling that is a place too (or a person's name) stays
                        String own = pick(locals.get(key), written);
                        name = own.equalsIgnoreCase(written) ? own : named.get(key);
                    }
                }
                if (name != null) {
                    restored = inCase(name, written);
                    taken = restored == null ? 0 : n;
                }
            }
            if (restored == null) {
                i++;
                continue;
            }
            int start = words.get(i)[0];
            int end = words.get(i + taken - 1)[1];
            if (!collect && !restored.equals(text.substring(start, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, start).append(restored);
                last = end;
            }
            i += taken;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** text[from, to) is not empty and holds only spaces and dashes. */
    private static boolean separatorOnly(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The n words from i are separated by spaces or a dash only. */
    private static boolean joined(String text, List<int[]> words, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
            if (gap.isEmpty() || !SEPARATOR.matcher(gap).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A level word (one or two words) stands just before word i, in the same line. */
    private static boolean afterLevelWord(String text, String folded, List<int[]> words, int i) {
        for (int n = 1; n <= 2 && i - n >= 0; n++) {
            if (!joined(text, words, i - n, n + 1) || text.substring(words.get(i - 1)[1], words.get(i)[0]).contains("-")) {
                return false;
            }
            String level = folded.substring(words.get(i - n)[0], words.get(i - 1)[1]).replaceAll("\\s+", " ");
            if (LEVEL.contains(level)) {
                // "quan" is also an official ("cơ quan", "quân"): only the district's own spelling counts
                return !level.startsWith("quan") || text.substring(words.get(i - n)[0], words.get(i - n)[1])
                        .toLowerCase(Locale.ROOT).equals("quận");
            }
        }
        return false;
    }

    /** A capitalised word follows word j - 1 across a space: the name is longer than the one found. */
    private static boolean nameGoesOn(String text, List<int[]> words, int j) {
        if (j >= words.size()) {
            return false;
        }
        String gap = text.substring(words.get(j - 1)[1], words.get(j)[0]);
        return SEPARATOR.matcher(gap).matches() && Character.isUpperCase(text.charAt(words.get(j)[0]));
    }

    /** The spelling the text has, if it is one of the places', else the commonest. */
    private static String pick(List<String> names, String written) {
        String low = written.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(low)) {
                return n;
            }
        }
        return names.get(0);
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
