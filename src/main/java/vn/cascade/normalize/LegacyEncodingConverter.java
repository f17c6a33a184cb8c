package vn.cascade.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Restores Vietnamese text that was typed in a legacy 8-bit font encoding, TCVN3 (ABC, the
 * {@code .VnTime} fonts) or VNI (the {@code VNI-Times} fonts), and that a text extractor read as
 * Windows-1252 / Latin-1, as Apache Tika does with old Word and PDF files: TCVN3 "Hµ Néi",
 * "§¶ng" and VNI "Haø Noäi", "Ñaûng" become "Hà Nội", "Đảng".
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #normalize(String)} converts a text only when {@link #detect(String)} finds it to
 *       be in one of the encodings; any other text is returned unchanged (the same instance).
 *       It never throws, returns {@code null} for {@code null}, keeps the number of '\n', and is
 *       idempotent: a conversion whose own output would again be detected as legacy text is
 *       refused (the input is returned), so {@code normalize(normalize(s)).equals(normalize(s))}
 *       holds for every input, not only for the texts the detector gets right.</li>
 *   <li>{@link #decode(String, LegacyEncoding)} always converts. Its output is NFC; characters
 *       the encoding does not use (ASCII, digits, punctuation, letters of other scripts, line
 *       breaks) pass through unchanged, and so does every character of a VNI mark that follows no
 *       vowel. Its input is put in NFC first, which only changes text that was not NFC.</li>
 *   <li>All methods are static or stateless; the class is thread-safe.</li>
 * </ul>
 *
 * <h2>Detection</h2>
 * The text is split into words (runs of letters, combining marks, the Latin-1 symbols
 * U+00A1..U+00FF that TCVN3 uses as letters, and U+2212). A word with at least one letter and at
 * least one non-ASCII character is <em>evidence</em> for an encoding, unless it reads the same
 * decoded and as it stands (VNI "tính", TCVN3 "ý"); pure-ASCII words read the same in every
 * encoding and are ignored too. For each encoding the detector counts, among its evidence words,
 * <ul>
 *   <li>{@code decodedValid}: the word decodes cleanly (each non-ASCII character is a code of the
 *       encoding; every VNI mark sits on a vowel of its own case) into a valid Vietnamese
 *       syllable, and</li>
 *   <li>{@code asIsValid}: the word, read as the Unicode it claims to be, already is a valid
 *       Vietnamese syllable.</li>
 * </ul>
 * A syllable is valid when it parses as onset + vowel cluster + final from the inventory of
 * Vietnamese spelling (e.g. "nghiêng", "khuỷu", "quốc", "giếng"), with one tone mark on a vowel
 * where either the traditional ("hòa") or the new ("hoà") convention puts it, a stop final
 * (c, ch, p, t) only with the sắc or nặng tone, and the case pattern lower, Title or UPPER.
 *
 * <p>An encoding is detected when all of the following hold (the one with the larger gain wins if
 * both do):
 * <ul>
 *   <li>{@value #MIN_EVIDENCE_WORDS} or more evidence words, and {@value #MIN_DISTINCT_DECODED}
 *       or more distinct decoded syllables: one or two words, or one symbol repeated (English
 *       "5 µm" reads as TCVN3 "5 àm"), are not enough to rewrite a document;</li>
 *   <li>evidence words are at least {@value #MIN_EVIDENCE_DENSITY} of all words: some 70% of
 *       Vietnamese words carry a diacritic, so a legacy Vietnamese text is far above this, while
 *       an English text with a few stray Latin-1 symbols stays below it;</li>
 *   <li>{@code decodedValid / evidence >= }{@value #MIN_DECODED_SHARE}: real TCVN3 and VNI text
 *       decodes to over 90% valid syllables (the rest are names and foreign words); French,
 *       German or Spanish words read as TCVN3 or VNI almost never do (well under 30%);</li>
 *   <li>{@code (decodedValid - asIsValid) / evidence >= }{@value #MIN_GAIN}: decoding must make
 *       far more words valid than are valid already. Unicode Vietnamese (also NFD, which is put
 *       in NFC first) is valid as it stands, so its gain is zero or negative even where a word
 *       happens to decode to another syllable ("tên" would read as TCVN3 "tờn"); legacy text is
 *       mostly invalid as it stands ("Néi", "hoµ", "ViÖt"). OCR output without diacritics
 *       ("Chi thi s6 50-CT/TW ctia Ban Bi thw") has no evidence, and OCR misreadings like
 *       "cüa Dãng nãm chInh" decode no better than they read (gain 0).</li>
 * </ul>
 * Measured while choosing the thresholds (decoded share / gain): TCVN3 and VNI pages 0.89..1.00 /
 * 0.81..0.97, a single short legacy sentence down to 1.00 / 0.60; Unicode and NFD Vietnamese
 * 0.01..0.05 / -0.95; French, German, Spanish, Portuguese 0.00..0.13 / -0.13..0.00; English with
 * "µm", "°C", "®" 0.29 / 0.29 (and one distinct syllable). The thresholds sit in the gaps.
 * Short texts with fewer than {@value #MIN_EVIDENCE_WORDS} evidence words (a two-word title such
 * as "Hµ Néi") are never detected; a caller that knows a document's encoding from its body can
 * call {@link #decode(String, LegacyEncoding)} on such pieces directly. Only the first
 * {@value #MAX_EVIDENCE_WORDS} evidence words are examined.
 *
 * <h2>Tables</h2>
 * See {@link LegacyEncoding}: TCVN3 from the TCVN 5712:1993 chart (Wikipedia "VSCII"), GNU
 * libiconv {@code tcvn.h} and glibc iconv {@code TCVN5712-1}; VNI from xvnkb {@code vni.h} and
 * the {@code vietnamese-conversion} package; each table cross-checked against two sources.
 *
 * <h2>What is handled beyond the tables</h2>
 * <ul>
 *   <li>TCVN3 capital fonts ({@code .VnTimeH}): capitals with tone marks were typed at the
 *       lower-case codes, next to upper-case ASCII letters ("CéNG HOµ"). A decoded lower-case
 *       letter is made upper case when its word has no lower-case ASCII letter and either two or
 *       more capitals, or one capital that is not the first letter, or lies on a line whose ASCII
 *       letters are all capitals (three or more): "CéNG HOµ" becomes "CỘNG HOÀ".</li>
 *   <li>TCVN3 "ư" is byte 0xAD, the soft hyphen U+00AD; PDF text layers often give it as the
 *       minus sign U+2212 ("n−íc"), which is read as "ư" inside a word with a letter.</li>
 * </ul>
 *
 * <h2>Not handled</h2>
 * <ul>
 *   <li>Capital-font TCVN3 text whose ASCII letters are lower case too (the font alone made it
 *       look upper case), a capital-font word with at most one capital letter (its first) on a
 *       line that also has lower-case letters, and a toned capital at the start of a Title-case
 *       word (impossible in the normal font): these come out in lower case, with the right
 *       letters.</li>
 *   <li>TCVN3 text whose "ư" was already removed (soft hyphens dropped) or turned into '-' by an
 *       earlier stage: it cannot be told apart from "ơ"-words and is not restored. Run this stage
 *       before any clean-up that drops U+00AD or folds U+2212.</li>
 *   <li>The TCVN 5712 VN1/VN2 capitals and combining marks (bytes 0x01..0x17, 0x80..0x9F,
 *       0xB0..0xB4 and the gaps of VN3) are not decoded: VN3 fonts do not have them.</li>
 *   <li>Other encodings: VISCII, VPS, VIQR, BK HCM, Vietware, Windows-1258 (a Unicode reading of
 *       CP1258 text is NFD-like and is the job of Unicode normalisation), and legacy text whose
 *       bytes were read as some code page other than Windows-1252 / Latin-1.</li>
 *   <li>Documents that mix Unicode and legacy text: detection is per text; if the Unicode part is
 *       large enough to pull the gain under the threshold, nothing is converted.</li>
 * </ul>
 */
public final class LegacyEncodingConverter implements TextNormalizer {

    /** Fewest evidence words (words with a non-ASCII character that read differently decoded). */
    public static final int MIN_EVIDENCE_WORDS = 3;
    /** Fewest distinct valid syllables produced by decoding, for a detection. */
    public static final int MIN_DISTINCT_DECODED = 3;
    /** Smallest share of evidence words among all words. */
    public static final double MIN_EVIDENCE_DENSITY = 0.10;
    /** Smallest share of evidence words that decode to valid Vietnamese syllables. */
    public static final double MIN_DECODED_SHARE = 0.70;
    /** Smallest gain: share valid after decoding minus share valid as they stand. */
    public static final double MIN_GAIN = 0.40;
    /** Evidence words examined at most. */
    public static final int MAX_EVIDENCE_WORDS = 20_000;

    private static final char MINUS_SIGN = '\u2212';

    /**
     * What {@link #evidence(String, LegacyEncoding)} found for one encoding: all words with a
     * letter, evidence words, those valid once decoded, those valid as they stand, and distinct
     * decoded syllables (counted up to {@link #MIN_DISTINCT_DECODED} only).
     */
    public record Evidence(LegacyEncoding encoding, int words, int evidenceWords, int decodedValid,
                           int asIsValid, int distinctDecoded) {

        /** Share of evidence words among all words (0 when there are none). */
        public double density() {
            return words == 0 ? 0 : (double) evidenceWords / words;
        }

        /** Share of evidence words that decode to valid syllables. */
        public double decodedShare() {
            return evidenceWords == 0 ? 0 : (double) decodedValid / evidenceWords;
        }

        /** Share of evidence words that are valid syllables as they stand. */
        public double asIsShare() {
            return evidenceWords == 0 ? 0 : (double) asIsValid / evidenceWords;
        }

        /** {@link #decodedShare()} minus {@link #asIsShare()}. */
        public double gain() {
            return decodedShare() - asIsShare();
        }

        /** Whether the thresholds documented on {@link LegacyEncodingConverter} are all met. */
        public boolean isDetected() {
            return evidenceWords >= MIN_EVIDENCE_WORDS
                    && distinctDecoded >= MIN_DISTINCT_DECODED
                    && density() >= MIN_EVIDENCE_DENSITY
                    && decodedShare() >= MIN_DECODED_SHARE
                    && gain() >= MIN_GAIN;
        }
    }

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            Optional<LegacyEncoding> encoding = detect(text);
            if (encoding.isEmpty()) {
                return text;
            }
            String decoded = decode(text, encoding.get());
            // Idempotence by construction: never return a text that would be converted again.
            return detect(decoded).isPresent() ? text : decoded;
        } catch (RuntimeException e) {
            return text; // contract: never throw; an unexpected failure leaves the text as it was
        }
    }

    /**
     * The legacy encoding the text is in, or empty when it is not (or the evidence is too thin).
     * Never throws; empty for {@code null}. The rules and thresholds are described on the class.
     */
    public static Optional<LegacyEncoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Evidence best = null;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            Evidence e = evidence(text, encoding);
            if (e.isDetected() && (best == null || e.gain() > best.gain())) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.encoding());
    }

    /**
     * The counts behind {@link #detect(String)} for one encoding, for diagnostics and tuning.
     * {@code null} text gives all-zero counts.
     */
    public static Evidence evidence(String text, LegacyEncoding encoding) {
        if (text == null || encoding == null) {
            return new Evidence(encoding, 0, 0, 0, 0, 0);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int words = 0;
        int evidence = 0;
        int decodedValid = 0;
        int asIsValid = 0;
        Set<String> distinct = new HashSet<>();
        int lineStart = 0;
        scan:
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            boolean capsLine = isCapitalLine(s, lineStart, lineEnd);
            int i = lineStart;
            while (i < lineEnd) {
                if (!isWordChar(s.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < lineEnd && isWordChar(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                if (!hasLetter(word)) {
                    continue;
                }
                words++;
                if (isAscii(word)) {
                    continue;
                }
                Decoded d = decodeWord(word, encoding, capsLine);
                if (d.clean() && d.text().equals(word)) {
                    continue; // reads the same either way (VNI "tính", TCVN3 "ý"): no evidence
                }
                evidence++;
                if (d.clean() && isVietnameseWord(d.text())) {
                    decodedValid++;
                    if (distinct.size() < MIN_DISTINCT_DECODED) {
                        distinct.add(d.text().toLowerCase(Locale.ROOT));
                    }
                }
                if (isVietnameseWord(word)) {
                    asIsValid++;
                }
                if (evidence >= MAX_EVIDENCE_WORDS) {
                    break scan;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new Evidence(encoding, words, evidence, decodedValid, asIsValid, distinct.size());
    }

    /**
     * Converts text in the given legacy encoding to Unicode NFC. Characters that are not codes of
     * the encoding pass through unchanged; line breaks are kept. {@code null} text gives
     * {@code null}; a {@code null} encoding is a programming error and throws
     * {@link NullPointerException}.
     */
    public static String decode(String text, LegacyEncoding encoding) {
        if (encoding == null) {
            throw new NullPointerException("encoding");
        }
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            boolean capsLine = isCapitalLine(s, lineStart, lineEnd);
            int i = lineStart;
            while (i < lineEnd) {
                char c = s.charAt(i);
                if (!isWordChar(c)) {
                    out.append(c);
                    i++;
                    continue;
                }
                int start = i;
                while (i < lineEnd && isWordChar(s.charAt(i))) {
                    i++;
                }
                out.append(decodeWord(s.substring(start, i), encoding, capsLine).text());
            }
            if (lineEnd < s.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    // ---------------------------------------------------------------------------------------------
    // Words

    /** A decoded word, and whether every non-ASCII character in it was a proper code. */
    private record Decoded(String text, boolean clean) {
    }

    /**
     * Word characters: letters, combining marks, the Latin-1 range U+00A1..U+00FF (TCVN3 uses
     * symbols there as letters: ¶ · ¸ ¹ ¼ ½ ¾ × ÷ …) and U+2212 (TCVN3 "ư" in PDF text layers).
     */
    private static boolean isWordChar(char c) {
        if (c >= '\u00A1' && c <= '\u00FF') {
            return true;
        }
        if (c == MINUS_SIGN || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A line whose ASCII letters are all capitals, three or more of them (TCVN3 capital fonts). */
    private static boolean isCapitalLine(String s, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return upper >= 3;
    }

    private static Decoded decodeWord(String word, LegacyEncoding encoding, boolean capsLine) {
        return encoding == LegacyEncoding.TCVN3 ? decodeTcvn3Word(word, capsLine) : decodeVniWord(word);
    }

    /** TCVN3 lookup by Latin-1 code point: the Unicode letter, or 0 for no code. */
    private static final char[] TCVN3 = new char[256];

    static {
        for (Map.Entry<String, String> e : LegacyEncoding.TCVN3.table().entrySet()) {
            TCVN3[e.getKey().charAt(0)] = e.getValue().charAt(0);
        }
    }

    private static Decoded decodeTcvn3Word(String word, boolean capsLine) {
        boolean letter = hasLetter(word);
        char[] out = new char[word.length()];
        boolean[] fromLowerCode = new boolean[word.length()];
        boolean clean = true;
        boolean anyLowerCode = false;
        int capitals = 0;
        int firstCapital = -1;
        int asciiLower = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char mapped = c < 256 ? TCVN3[c] : (c == MINUS_SIGN && letter ? 'ư' : 0);
            if (mapped != 0) {
                out[i] = mapped;
                if (Character.isLowerCase(mapped)) {
                    fromLowerCode[i] = true;
                    anyLowerCode = true;
                } else {
                    capitals++;
                    firstCapital = firstCapital < 0 ? i : firstCapital;
                }
                continue;
            }
            out[i] = c;
            if (c >= 'A' && c <= 'Z') {
                capitals++;
                firstCapital = firstCapital < 0 ? i : firstCapital;
            } else if (c >= 'a' && c <= 'z') {
                asciiLower++;
            } else if (c >= 0x80) {
                clean = false; // not a TCVN3 code: Unicode Vietnamese, another language, a symbol
            }
        }
        boolean capitalFont = anyLowerCode && asciiLower == 0
                && (capitals >= 2 || (capitals == 1 && firstCapital > 0) || capsLine);
        if (capitalFont) {
            for (int i = 0; i < out.length; i++) {
                if (fromLowerCode[i]) {
                    out[i] = Character.toUpperCase(out[i]);
                }
            }
        }
        return new Decoded(new String(out), clean);
    }

    private static Decoded decodeVniWord(String word) {
        Map<String, String> table = LegacyEncoding.VNI.table();
        StringBuilder out = new StringBuilder(word.length());
        boolean clean = true;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (i + 1 < word.length()) {
                char mark = word.charAt(i + 1);
                String letter = table.get(word.substring(i, i + 2));
                if (letter == null && mark >= 0x80 && Character.isLetter(c)) {
                    // A mark of the other case than its vowel ("Aù"): decode, but it is not what a
                    // VNI keyboard produces, so it does not count as evidence.
                    char swapped = Character.isUpperCase(c) ? Character.toUpperCase(mark)
                                                            : Character.toLowerCase(mark);
                    letter = swapped == mark ? null : table.get("" + c + swapped);
                    if (letter != null) {
                        clean = false;
                    }
                }
                if (letter != null) {
                    out.append(letter);
                    i += 2;
                    continue;
                }
            }
            String single = table.get(String.valueOf(c));
            if (single != null) {
                out.append(single);
            } else {
                out.append(c);
                if (c >= 0x80) {
                    clean = false; // a mark on no vowel, or a character VNI does not have
                }
            }
            i++;
        }
        return new Decoded(out.toString(), clean);
    }

    // ---------------------------------------------------------------------------------------------
    // Vietnamese syllables

    /** A Vietnamese syllable in lower, Title or UPPER case. */
    static boolean isVietnameseWord(String word) {
        if (word.isEmpty() || word.length() > 12) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!word.equals(lower) && !word.equals(word.toUpperCase(Locale.ROOT))) {
            String title = word.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            if (!word.equals(title) || !Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return isSyllable(Normalizer.normalize(lower, Normalizer.Form.NFC));
    }

    private static final int NO_TONE = 0;
    private static final int ACUTE = 1;
    private static final int DOT = 2;
    private static final int OTHER_TONE = 3;

    private static final String[] ONSETS_3 = {"ngh"};
    private static final String[] ONSETS_2 = {"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"};
    private static final String ONSETS_1 = "bcdđghklmnprstvx";
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String MARKED_VOWELS = "ăâêôơư";
    private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");
    private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t");

    /** Vowel cluster (with its glide) and whether it may end the syllable, and its finals. */
    private record Cluster(boolean open, Set<String> finals) {
    }

    private static final Map<String, Cluster> CLUSTERS = new HashMap<>();

    static {
        for (String open : ("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai "
                + "oao oay oeo uêu uôi ươi ươu uây uya uyu y").split(" ")) {
            CLUSTERS.put(open, new Cluster(true, Set.of()));
        }
        cluster(true, "a", "c ch m n ng nh p t");
        cluster(true, "e", "c m n ng p t");
        cluster(true, "ê", "ch m n nh p t");
        cluster(true, "i", "ch m n nh p t");
        cluster(true, "o", "c m n ng p t");
        cluster(true, "ô", "c m n ng p t");
        cluster(true, "ơ", "m n p t");
        cluster(true, "u", "c m n ng p t");
        cluster(true, "ư", "c m n ng t");
        cluster(true, "oa", "c ch m n ng nh p t");
        cluster(true, "oe", "n t");
        cluster(true, "uê", "ch n nh t");
        cluster(true, "uy", "ch n nh p t");
        cluster(false, "ă", "c m n ng p t");
        cluster(false, "â", "c m n ng p t");
        cluster(false, "oă", "c m n ng p t");
        cluster(false, "oo", "c ng");
        cluster(false, "uâ", "c n ng t");
        cluster(false, "iê", "c m n ng p t");
        cluster(false, "yê", "m n ng t");
        cluster(false, "uô", "c m n ng t");
        cluster(false, "ươ", "c m n ng p t");
        cluster(false, "uyê", "n t");
    }

    private static void cluster(boolean open, String vowels, String finals) {
        CLUSTERS.put(vowels, new Cluster(open, Set.of(finals.split(" "))));
    }

    /** Whether a lower-case NFC string is one Vietnamese syllable (see the class comment). */
    static boolean isSyllable(String lower) {
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(8);
        int tone = NO_TONE;
        int tonePos = -1;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case '\u0300', '\u0303', '\u0309', '\u0301', '\u0323' -> {
                    if (tone != NO_TONE || b.length() == 0) {
                        return false;
                    }
                    tone = c == '\u0301' ? ACUTE : c == '\u0323' ? DOT : OTHER_TONE;
                    tonePos = b.length() - 1;
                }
                case '\u0302', '\u0306', '\u031B' -> {
                    if (b.length() == 0) {
                        return false;
                    }
                    char q = withQuality(b.charAt(b.length() - 1), c);
                    if (q == 0) {
                        return false;
                    }
                    b.setCharAt(b.length() - 1, q);
                }
                default -> {
                    if ((c >= 'a' && c <= 'z' && "fjwz".indexOf(c) < 0) || c == 'đ') {
                        b.append(c);
                    } else {
                        return false;
                    }
                }
            }
        }
        String s = b.toString();
        if (s.isEmpty() || s.length() > 7) {
            return false;
        }
        String onset = onset(s);
        int start = onset.length();
        int end = vowelRunEnd(s, start);
        if (onset.equals("gi") && end == start) {
            onset = "g"; // "gì", "gìn": the i is the vowel
            start = 1;
            end = vowelRunEnd(s, start);
        }
        if (end == start) {
            return false;
        }
        String coda = s.substring(end);
        if (!FINALS.contains(coda)) {
            return false;
        }
        if (tone != NO_TONE && (tonePos < start || tonePos >= end)) {
            return false;
        }
        String vowels = s.substring(start, end);
        int shift = 0; // glide letters counted into the cluster from the onset
        if (onset.equals("gi") && vowels.charAt(0) == 'ê') {
            vowels = "i" + vowels; // "giếng" is gi + iê + ng
            shift = 1;
        } else if (onset.equals("qu")) {
            char f = vowels.charAt(0);
            if (f == 'u' || f == 'o') {
                return false;
            }
            if (f == 'i') {
                vowels = "y" + vowels.substring(1); // "quí" is the older spelling of "quý"
            }
            vowels = (f == 'a' || f == 'ă' || f == 'e' ? "o" : "u") + vowels; // qua ~ oa, quy ~ uy
            shift = 1;
        }
        Cluster cluster = CLUSTERS.get(vowels);
        if (cluster == null || (coda.isEmpty() ? !cluster.open() : !cluster.finals().contains(coda))) {
            return false;
        }
        char first = vowels.charAt(0);
        boolean front = first == 'i' || first == 'e' || first == 'ê' || first == 'y';
        switch (onset) {
            case "k", "gh", "ngh" -> {
                if (!front) {
                    return false; // k, gh, ngh only before i, e, ê, y
                }
            }
            case "c", "ng" -> {
                if (front) {
                    return false; // spelt k, ngh there
                }
            }
            case "g" -> {
                if (first == 'e' || first == 'ê') {
                    return false; // spelt gh there
                }
            }
            default -> { }
        }
        if (STOP_FINALS.contains(coda) && tone != ACUTE && tone != DOT) {
            return false;
        }
        return tone == NO_TONE || toneAllowed(vowels, !coda.isEmpty(), tonePos - start + shift);
    }

    private static String onset(String s) {
        for (String o : ONSETS_3) {
            if (s.startsWith(o)) {
                return o;
            }
        }
        for (String o : ONSETS_2) {
            if (s.startsWith(o)) {
                return o;
            }
        }
        return ONSETS_1.indexOf(s.charAt(0)) >= 0 ? s.substring(0, 1) : "";
    }

    private static int vowelRunEnd(String s, int from) {
        int i = from;
        while (i < s.length() && VOWELS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static char withQuality(char base, char mark) {
        return switch (mark) {
            case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
            case '\u0306' -> base == 'a' ? 'ă' : 0;
            case '\u031B' -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
            default -> 0;
        };
    }

    /**
     * Where the tone mark may sit in a vowel cluster: on ơ of ươ; else on the one vowel with a
     * circumflex, breve or horn; else on the last vowel before a final consonant; else (open
     * syllable) on the first of two vowels ("mái", "múa"), on either for oa, oe, uy ("hòa" and
     * "hoà"), on the middle one of three ("ngoái", "khuỷu").
     */
    private static boolean toneAllowed(String vowels, boolean closed, int pos) {
        int uo = vowels.indexOf("ươ");
        if (uo >= 0) {
            return pos == uo + 1;
        }
        int marked = -1;
        for (int i = 0; i < vowels.length(); i++) {
            if (MARKED_VOWELS.indexOf(vowels.charAt(i)) >= 0) {
                if (marked >= 0) {
                    return false;
                }
                marked = i;
            }
        }
        if (marked >= 0) {
            return pos == marked;
        }
        if (closed) {
            return pos == vowels.length() - 1;
        }
        if (vowels.length() == 1) {
            return pos == 0;
        }
        if (vowels.equals("oa") || vowels.equals("oe") || vowels.equals("uy")) {
            return pos == 0 || pos == 1;
        }
        return vowels.length() == 2 ? pos == 0 : pos == 1;
    }
}
