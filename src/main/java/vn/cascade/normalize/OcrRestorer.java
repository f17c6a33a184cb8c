package vn.cascade.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.cascade.normalize.lm.SyllableLanguageModel;

/**
 * Restores Vietnamese damaged by OCR as a noisy channel: for every word the candidates are the
 * valid syllables that the learned {@link ChannelModel} could have turned into what OCR printed,
 * each scored by that channel and by whether its accents survived; a syllable trigram
 * {@link SyllableLanguageModel} scores sequences; a beam search picks the best reading of the
 * whole text. Numbers, number-symbols, roman numerals and anything that is not a word are never
 * touched; capitals are kept; a word with no plausible candidate is left as it is.
 *
 * <p>How much accents can be trusted is read from the text itself: in a document where most words
 * carry diacritics, an accented word is almost surely right and an unaccented one ("chi bộ") may
 * well be right too; in a document OCR stripped of accents, only the language model can choose.
 * Input must be NFC with the OLD tone convention (the chain puts it so). Thread-safe.
 */
public final class OcrRestorer implements TextNormalizer {

    /** Tunable weights; {@link #defaults()} are documented in models/normalizer/README.md. */
    public record Params(int beam, int maxCandidates, double channelWeight, double keepUnknownLogProb,
                         double splitLogProb, double accentMisreadLogProb) {
        /** The defaults; each can be overridden for experiments with a system property cascade.restorer.NAME. */
        public static Params defaults() {
            return new Params(intProp("beam", 8), intProp("maxCandidates", 20), doubleProp("channelWeight", 1.0),
                    Math.log(doubleProp("keepUnknown", 1e-4)), Math.log(doubleProp("split", 1e-3)),
                    Math.log(doubleProp("accentMisread", 1.0)));
        }

        private static int intProp(String name, int dflt) {
            return Integer.parseInt(System.getProperty("cascade.restorer." + name, Integer.toString(dflt)));
        }

        private static double doubleProp(String name, double dflt) {
            return Double.parseDouble(System.getProperty("cascade.restorer." + name, Double.toString(dflt)));
        }
    }

    /** A reading of one token: its text (null: keep as written), LM ids, channel score, pruning prior. */
    private record Candidate(String text, int[] ids, double channel, double prior) {
    }

    private Candidate candidate(String text, int[] ids, double channel) {
        double p = channel;
        for (int id : ids) {
            p += 0.5 * lm.unigramLogProb(id);
        }
        return new Candidate(text, ids, channel, p);
    }

    private static final double BEAM_MARGIN = Double.parseDouble(System.getProperty("cascade.restorer.beamMargin", "10"));
    private static final double PRIOR_MARGIN = Double.parseDouble(System.getProperty("cascade.restorer.priorMargin", "9"));
    private final SyllableInventory inventory;
    private final SyllableLanguageModel lm;
    private final ChannelModel channel;
    private final CaseModel cases;
    private final Params params;
    /** Skeleton → intended skeletons with their best edit log-probability; OCR repeats itself. */
    private final Map<String, Map<String, Double>> expansionCache = new ConcurrentHashMap<>();
    /** Word as OCR printed it (lower case) → its readings; see {@link #readings}. */
    private final Map<String, WordReadings> readingsCache = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    public OcrRestorer(SyllableInventory inventory, SyllableLanguageModel lm, ChannelModel channel, Params params) {
        this(inventory, lm, channel, CaseModel.NONE, params);
    }

    public OcrRestorer(SyllableInventory inventory, SyllableLanguageModel lm, ChannelModel channel, CaseModel cases,
                       Params params) {
        this.inventory = inventory;
        this.lm = lm;
        this.channel = channel;
        this.cases = cases;
        this.params = params;
    }

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            return restore(text);
        } catch (RuntimeException e) {
            return text; // contract: never throw; an unrestored text is better than none
        }
    }

    private String restore(String text) {
        return restoreScored(text, false).text();
    }

    /**
     * A word the restorer changed, with how sure it was: {@code margin} is the log-odds of the chosen
     * reading over the best other one (keeping the word as written included), each scored by the
     * channel and the language model in the context of its neighbours as decoded. Offsets are in the
     * restored text.
     */
    public record Change(int start, int end, String observed, String restored, double margin) {
    }

    /** A restored text and the words changed in it. */
    public record Scored(String text, List<Change> changes) {
    }

    /**
     * Restores {@code text} as {@link #normalize} does and says, for each changed word, how sure the
     * choice was, so that a reader can be shown the doubtful ones (the same decode; only the
     * margins are extra work).
     */
    public Scored restoreScored(String text) {
        if (text == null || text.isEmpty()) {
            return new Scored(text, List.of());
        }
        try {
            return restoreScored(text, true);
        } catch (RuntimeException e) {
            return new Scored(text, List.of());
        }
    }

    /**
     * Whether a word OCR wrote in capitals is one: a short word in capitals between words that are
     * not ("Ban TO chite", "Ban Tổ chức": OCR reads a hatted ô or ơ as a capital O) is a word with
     * a capital first letter; a word among capitals (a heading) or a long one (an acronym) is as written.
     */
    private static boolean capitalsAmongWords(String text, List<TextTokens.Token> tokens, int i) {
        TextTokens.Token t = tokens.get(i);
        String core = t.core();
        int letters = letters(core);
        long upper = core.chars().filter(Character::isUpperCase).count();
        if (letters < 2 || letters > 3 || upper * 3 < letters * 2L) {
            return true; // not a word the case rule would write in capitals ("CAp" is: two of three)
        }
        boolean lineStart = i == 0 || text.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') >= 0;
        boolean before = !lineStart && tokens.get(i - 1).kind() == TextTokens.Kind.WORD && letters(tokens.get(i - 1).core()) >= 2;
        boolean after = i + 1 < tokens.size() && text.substring(t.end(), tokens.get(i + 1).start()).indexOf('\n') < 0
                && tokens.get(i + 1).kind() == TextTokens.Kind.WORD && letters(tokens.get(i + 1).core()) >= 2;
        if (!after || !before && !lineStart) {
            return true;
        }
        // at a line's start only the next word tells ("CAP uy cap tren": Cấp)
        return before && allCapitals(tokens.get(i - 1).core()) || allCapitals(tokens.get(i + 1).core());
    }

    private static int letters(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    /** "TO" → "To": the case pattern of a word with only its first letter a capital. */
    private static String titleOf(String core) {
        return core.isEmpty() ? core : core.charAt(0) + core.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** An apostrophe glued after o or u: the horn of ơ, ư as OCR draws it ("co' so'", "nhu'ng", "thO'i"). */
    private static final java.util.regex.Pattern HORN = java.util.regex.Pattern.compile(
            "([oOuU])['’](?=\\p{L}|[\\s.,;:)]|$)");

    /**
     * The horns OCR wrote as an apostrophe, put back on their vowel: Tesseract's English model reads
     * the hook at the top right of ơ and ư as a glued apostrophe (in the seeds' OCR: "co' so'",
     * "nhu'ng u'u", "tru'Oc", "nguO'i"; never an acute, which sits above the letter). Left as such,
     * the apostrophe stayed in the word ("cơ' sở") and cut it where a split syllable was joined.
     */
    static String horns(String text) {
        if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            return text;
        }
        java.util.regex.Matcher m = HORN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "o" -> "ơ";
                case "O" -> "Ơ";
                case "u" -> "ư";
                default -> "Ư";
            };
            m.appendReplacement(out, v);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A short letter run and the word after it: where OCR may have cut one syllable in two ("Đ ảng"). */
    private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.&/'’-])(\\p{L}{1,3}) (\\p{L}{1,6})(?![\\p{L}\\p{N}/'’-])");

    /**
     * Joins the two halves of a syllable OCR cut in two ("Đ ảng" → "Đảng", "c ấp" → "cấp", "th ực" →
     * "thực"): only when the left part has no vowel (so it cannot be a syllable, or an initial
     * written with its period), the right part starts with one, and the two together are a
     * Vietnamese syllable (as written when the right part is accented, by skeleton otherwise).
     * Text without such pairs is returned as is, so restoring stays idempotent.
     */
    String joinSplitSyllables(String text) {
        return joinSplitSyllables(text, null);
    }

    /**
     * As {@link #joinSplitSyllables(String)}, recording in {@code loneLetterJoins} (when not null)
     * where a word was joined from a lone letter and a word that is a syllable by itself ("t uy"):
     * the letter may be a speck as well as the syllable's start, and the decoder weighs both.
     */
    String joinSplitSyllables(String text, java.util.Set<Integer> loneLetterJoins) {
        // the codas first: the initials' joins record where they are in the text they return
        return joinInitials(joinCutCodas(text), loneLetterJoins);
    }

    /** A syllable and a final consonant cluster OCR cut from it ("THUO NG VU": THƯỜNG). */
    private static final java.util.regex.Pattern CUT_CODA = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.&/'’-])(\\p{Lu}{1,5}) (NG|NH|CH)(?![\\p{L}\\p{N}/'’-])");

    /**
     * Joins a final "NG", "NH" or "CH" standing alone to the word in capitals before it when the two
     * together are a syllable: OCR cuts letter-spaced capitals (a signature block's "T/M BAN THUO NG
     * VU"). Only in capitals: in running text a bare "ch" is as often a word whose vowel OCR lost
     * ("in ra ch hoa": chữ) as a cut final.
     */
    private String joinCutCodas(String text) {
        return joinPairs(text, CUT_CODA, m -> {
            // "cá nh ân": a cluster before a word that opens with a vowel is that word's initial
            boolean initialOfNext = m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                    && startsWithVowel(text.substring(m.end() + 1));
            return !initialOfNext && hasVowel(m.group(1))
                    && inventory.hasSkeleton(Syllables.fold(Syllables.lower(m.group(1) + m.group(2))));
        }, (m, at) -> { }, false);
    }

    private String joinInitials(String text, java.util.Set<Integer> loneLetterJoins) {
        return joinPairs(text, SPLIT, m -> !hasVowel(m.group(1)) && startsWithVowel(m.group(2))
                && isSyllable(m.group(1) + m.group(2), m.group(2)) && !afterItemWord(text, m.start()), (m, at) -> {
                    if (loneLetterJoins != null && m.group(1).length() == 1
                            && inventory.hasSkeleton(Syllables.fold(Syllables.lower(m.group(2))))) {
                        loneLetterJoins.add(at);
                    }
                }, true);
    }

    /**
     * The text with each two-word pair {@code pairs} finds and {@code join} accepts run together (its
     * two groups, the space between them dropped); {@code joinedAt} hears each joined word and where
     * it starts in the result. {@code overlapping}: a pair's second word may be the next pair's first.
     * Text without such pairs is returned as is.
     */
    private static String joinPairs(String text, java.util.regex.Pattern pairs,
                                    java.util.function.Predicate<java.util.regex.Matcher> join,
                                    java.util.function.ObjIntConsumer<java.util.regex.Matcher> joinedAt, boolean overlapping) {
        java.util.regex.Matcher m = pairs.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (join.test(m)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start());
                joinedAt.accept(m, out.length());
                out.append(m.group(1)).append(m.group(2));
                last = m.end();
            }
            from = overlapping ? m.start(2) : m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The cost of reading a lone letter OCR put before a syllable as a speck ("Thành t uy": ủy). */
    private static final double SPECK_LETTER_LOGPROB = Double.parseDouble(System.getProperty("cascade.restorer.speckLetter", "-4"));

    /** A word joined from a lone letter and a syllable: its readings, and the syllable's alone at a cost. */
    private List<Candidate> withSpeckLetterDropped(TextTokens.Token t, List<Candidate> joined, double pStrip) {
        String right = Syllables.lower(t.core().substring(1)).replace("'", "");
        List<Candidate> out = new ArrayList<>(joined);
        for (Candidate c : readings(right, !code(t.core())).candidates(pStrip)) {
            out.add(candidate(c.text(), c.ids(), c.channel() + SPECK_LETTER_LOGPROB));
        }
        out.sort((a, b) -> Double.compare(b.prior(), a.prior()));
        return out.size() > params.maxCandidates() ? new ArrayList<>(out.subList(0, params.maxCandidates())) : out;
    }

    /** "điểm b", "mục c", "khoản đ": a lettered item of a legal reference, not a cut syllable. */
    private static boolean afterItemWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return Syllables.fold(text.substring(start, end)).toLowerCase(java.util.Locale.ROOT)
                .matches("diem|muc|khoan|tiet|phan|chuong|phu luc");
    }

    private boolean isSyllable(String joined, String right) {
        String lower = Syllables.lower(joined);
        return Syllables.hasDiacritic(right) ? inventory.contains(lower) : inventory.hasSkeleton(Syllables.fold(lower));
    }

    private static boolean hasVowel(String s) {
        for (char c : Syllables.fold(s).toCharArray()) {
            if ("aeiouy".indexOf(Character.toLowerCase(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeiouy".indexOf(Character.toLowerCase(Syllables.fold(s.substring(0, 1)).charAt(0))) >= 0;
    }

    /**
     * A hyphen between two lower-case letters, or between a lower-case word and a date: in OCR'd text
     * of this genre, a speck ("đảng ty-trurc thuộc", "ngay-14/10/2025").
     */
    private static final java.util.regex.Pattern HYPHEN_SPECK = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})-(?=\\p{Ll}|\\d{1,2}/\\d{1,2}/\\d{4})");

    /**
     * Glyphs, bars or dots OCR printed alone at a line's end: a run ending in a glyph ("quý. ° ."),
     * a second dot after a sentence's end ("lao động. ."), or a lone dot before a lower-case
     * continuation ("Văn phòng Tỉnh ." / "ủy)").
     */
    private static final java.util.regex.Pattern EDGE_SPECK = java.util.regex.Pattern.compile(
            "(?<=\\S)(?:[ \\t]+(?:[©®°|~•·_]+|\\.(?=[ \\t]*$)))*[ \\t]+[©®°|~•·_]+(?:[ \\t]+\\.)?(?=[ \\t]*$)"
                    + "|(?<=[.!?;:)])[ \\t]+\\.(?=[ \\t]*$)|(?<=\\S)[ \\t]+\\.(?=[ \\t]*\\n[ \\t]*\\p{Ll})",
            java.util.regex.Pattern.MULTILINE);

    /**
     * A dot glued to a lower-case word with a lower-case word after it, on the line or the next: a
     * sentence of the genre starts with a capital, so it is dust ("phản ánh với Đảng. ủy Sở",
     * "giám sát của." / "đoàn viên"). Not after capitals ("TP.") or a single letter ("v.v."), nor
     * before an indented line: OCR indents where a page resumed after one it lost, mid-sentence.
     */
    private static final java.util.regex.Pattern GLUED_DOT = java.util.regex.Pattern.compile(
            "(?<=\\p{L}\\p{Ll})\\.(?=[ \\t]+\\p{Ll}|[ \\t]*\\n\\p{Ll})");

    /** A lone letter that is no Vietnamese word (a consonant, "i", "a"), between two words on a line. */
    private static final java.util.regex.Pattern LONE_LETTER = java.util.regex.Pattern.compile(
            "(?<=\\p{L}[ \\t]{1,3})[b-df-hj-np-tv-xzia](?=[ \\t]{1,3}\\(?\\p{L})");

    /**
     * OCR's stutter: a lone letter that repeats the last letter of the word before it or the first
     * of the word after it ("Ban n Xây dựng", "Công a an phường", "hội i nghị", "c của"), blanked.
     */
    private static String blankStutters(String text) {
        java.util.regex.Matcher m = LONE_LETTER.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            char c = m.group().charAt(0);
            int before = m.start() - 1;
            while (text.charAt(before) == ' ' || text.charAt(before) == '\t') {
                before--;
            }
            int after = m.end();
            while (text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '(') {
                after++;
            }
            // the word it repeats is whole and as OCR without Vietnamese prints one (no accent): in text
            // whose accents OCR turned into other letters (seed 003's kind) a lone letter is what is left
            // of a word ("đơn v và": vị), and two in a row are two words ("đảng b b phn")
            if (Character.toLowerCase(text.charAt(before)) == c && plainWord(text, before, -1)
                    || Character.toLowerCase(text.charAt(after)) == c && plainWord(text, after, 1)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(m.start(), ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether the word with a letter at {@code at} (its last when {@code dir} is -1, its first when 1) has 2+ letters, all ASCII. */
    private static boolean plainWord(String text, int at, int dir) {
        int n = 0;
        for (int i = at; i >= 0 && i < text.length() && Character.isLetter(text.charAt(i)); i += dir) {
            if (text.charAt(i) > 127) {
                return false;
            }
            n++;
        }
        return n >= 2;
    }

    private static final java.util.regex.Pattern INNER_DOT = java.util.regex.Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Ll})");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?i).*(?:://|@|www\\.|\\.(?:vn|com|org|net|gov|edu|info|int)(?![\\p{L}]))");

    /**
     * The dots between two whole syllables blanked ("co.quan"); a dot standing for a lost letter
     * inside one word (seed 003's kind of damage: "lu.n", "Ch.p", "hi.thng") has a fragment on a side
     * and stays, as does any dot in an address.
     */
    private String blankInnerDots(String text) {
        StringBuilder out = new StringBuilder(text);
        java.util.regex.Matcher m = INNER_DOT.matcher(text);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
                a--;
            }
            while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            String left = leftWord(text, m.start());
            String right = rightWord(text, m.end());
            // the left word may be damaged beyond its skeleton ("thyc.hién": ư read as y) if it has a vowel
            if (!ADDRESS.matcher(text.substring(a, b)).lookingAt()
                    && (syllable(left) && (syllable(right) || DAMAGED_WORD.matcher(text).region(m.end(), text.length()).lookingAt())
                        || left.length() >= 2 && hasVowel(left) && syllable(right))) {
                out.setCharAt(m.start(), ' ');
            }
        }
        return out.toString();
    }

    /** A short word with a digit for its accented vowel, as OCR prints it ("b6" for "bộ"), then a word's end. */
    private static final java.util.regex.Pattern DAMAGED_WORD = java.util.regex.Pattern.compile("\\p{Ll}{1,3}\\d(?=[\\s,;:.)]|$)");

    private boolean syllable(String letters) {
        return letters.length() >= 2 && inventory.hasSkeleton(Syllables.fold(Syllables.lower(letters)));
    }

    private static String leftWord(String text, int end) {
        int a = end;
        while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        return a > 0 && !Character.isWhitespace(text.charAt(a - 1)) && text.charAt(a - 1) != '(' ? "" : text.substring(a, end);
    }

    private static String rightWord(String text, int start) {
        int b = start;
        while (b < text.length() && Character.isLetter(text.charAt(b))) {
            b++;
        }
        return b < text.length() && !Character.isWhitespace(text.charAt(b)) && ",;:.)".indexOf(text.charAt(b)) < 0
                ? "" : text.substring(start, b);
    }

    /**
     * OCR's dust in a text it stripped of accents, blanked (same length, so offsets hold): a hyphen
     * inside a lower-case phrase (the genre writes none there: "kinh tế - xã hội" is spaced; names
     * and codes are capitalised), a dot between two words ("co.quan", never in an address) or
     * glued to one before a lower-case word ("Đảng. ủy"), a letter OCR stuttered ("Ban n Xây"), and
     * what a scan's right edge puts after a line's last word ("báo ©" / "cáo", "Văn phòng Tỉnh ." /
     * "ủy)"), which would be read as a word ("ở") or end a sentence.
     */
    private String blankSpecks(String text) {
        String out = blankStutters(GLUED_DOT.matcher(HYPHEN_SPECK.matcher(text).replaceAll(" ")).replaceAll(" "));
        if (INNER_DOT.matcher(out).find()) {
            out = blankInnerDots(out);
        }
        return EDGE_SPECK.matcher(out).replaceAll(m -> " ".repeat(m.group().length()));
    }

    private Scored restoreScored(String input, boolean withMargins) {
        java.util.Set<Integer> loneLetterJoins = new java.util.HashSet<>();
        String text = joinSplitSyllables(horns(input), loneLetterJoins);
        List<TextTokens.Token> tokens = TextTokens.tokenize(text);
        if (tokens.isEmpty()) {
            return new Scored(text, List.of());
        }
        double pStrip = strippedShare(tokens);
        if (pStrip > WELL_ACCENTED) {
            String blanked = blankSpecks(text);
            if (!blanked.equals(text)) {
                text = blanked;
                tokens = TextTokens.tokenize(text);
            }
        }
        List<List<Candidate>> lattice = new ArrayList<>(tokens.size());
        Map<String, List<Candidate>> seen = new HashMap<>(); // a document repeats its words
        for (int i = 0; i < tokens.size(); i++) {
            TextTokens.Token t = tokens.get(i);
            lattice.add(t.kind() == TextTokens.Kind.WORD && SPECK_LETTER_LOGPROB < 0 && loneLetterJoins.contains(t.start())
                    ? withSpeckLetterDropped(t, candidates(t, pStrip), pStrip)
                    : t.kind() == TextTokens.Kind.WORD
                    ? seen.computeIfAbsent(t.core(), k -> candidates(t, pStrip))
                    : numberAmongWords(text, tokens, i, pStrip) ? seen.computeIfAbsent("\u0000" + t.core(), k -> numberOrWord(t, pStrip))
                    : candidates(t, pStrip));
        }
        if (CASE_WEIGHT > 0 && !cases.isEmpty()) {
            weighCase(text, tokens, lattice);
        }
        familyNames(text, tokens, lattice);
        int[] choice = decode(tokens, lattice);
        if (CACHE_WEIGHT > 0) {
            // A document repeats its words: readings chosen with confidence elsewhere in it count for a
            // doubtful one (a cache model), and the text is decoded once more with that knowledge.
            Map<String, Integer> sure = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                Candidate c = lattice.get(i).get(choice[i]);
                if (c.text() != null && lattice.get(i).size() > 1 && sure(tokens, lattice, choice, i, CACHE_SURE)) {
                    sure.merge(c.text(), 1, Integer::sum);
                }
            }
            if (!sure.isEmpty()) {
                Map<List<Candidate>, List<Candidate>> boosted = new java.util.IdentityHashMap<>();
                for (int i = 0; i < lattice.size(); i++) {
                    List<Candidate> cands = lattice.get(i);
                    if (cands.size() < 2) {
                        continue;
                    }
                    lattice.set(i, boosted.computeIfAbsent(cands, cs -> {
                        List<Candidate> out = new ArrayList<>(cs.size());
                        for (Candidate c : cs) {
                            Integer n = c.text() == null ? null : sure.get(c.text());
                            out.add(n == null ? c : new Candidate(c.text(), c.ids(),
                                    c.channel() + CACHE_WEIGHT * Math.log1p(n), c.prior()));
                        }
                        return out;
                    }));
                }
                choice = decode(tokens, lattice);
            }
        }
        if (NAME_WEIGHT > 0 && nameConsistency(text, tokens, lattice, choice)) {
            choice = decode(tokens, lattice);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Change> changes = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TextTokens.Token t = tokens.get(i);
            Candidate c = lattice.get(i).get(choice[i]);
            if (c.text() == null) {
                continue; // kept as written
            }
            // a word kept as its letters (an abbreviation: "TP.") keeps its capitals
            String restored = Syllables.applyCase(c.text(), c.text().equals(Syllables.lower(t.core()))
                    || capitalsAmongWords(text, tokens, i) ? t.core() : titleOf(t.core()));
            if (t.core().startsWith("p") && restored.startsWith("đ")) {
                // OCR reads a capital Đ as "p" as often as "P", a small đ as "d": in the OCR of the 20
                // rendered plans, "pang uy" 14 times (all "Đảng ủy"), "pang vien" once against 262
                // "dang vien". So a "p" restored to đ was a capital.
                restored = "Đ" + restored.substring(1);
            }
            if (!restored.equals(t.core())) {
                out.append(text, last, t.start());
                int start = out.length();
                out.append(restored);
                last = t.end();
                if (withMargins) {
                    changes.add(new Change(start, out.length(), t.core(), restored, margin(tokens, lattice, choice, i)));
                }
            }
        }
        out.append(text, last, text.length());
        return new Scored(out.toString(), List.copyOf(changes));
    }

    private static final double NAME_WEIGHT = Double.parseDouble(System.getProperty("cascade.restorer.nameWeight", "4"));

    /**
     * A document writes a name the same way each time. Where it stands in title case inside a line
     * the case model has weighed its reading; where it stands in capitals (a header's "PHƯỜNG TÂN
     * HÒA") or opens a line ("Tân Hòa, ngày …") nothing but the lower-cased language model has. So
     * each run of two to four capitalised words whose letters (accents aside) are those of a title-case
     * run read elsewhere in the document is pulled towards that run's reading, the run with more words
     * inside a line winning a disagreement. Changes {@code lattice} at the pulled positions only (the
     * lists shared between equal words are copied); returns whether any was.
     */
    private boolean nameConsistency(String text, List<TextTokens.Token> tokens, List<List<Candidate>> lattice, int[] choice) {
        int n = tokens.size();
        String[] read = new String[n]; // the chosen reading in lower case, where the word is capitalised
        String[] key = new String[n]; // its letters, accents aside
        String[] written = new String[n]; // the letters OCR printed, which the decoding may have changed ("KHE" read "KHÁ")
        for (int i = 0; i < n; i++) {
            TextTokens.Token t = tokens.get(i);
            if (t.kind() == TextTokens.Kind.WORD && Character.isUpperCase(t.core().charAt(0))) {
                Candidate c = lattice.get(i).get(choice[i]);
                read[i] = c.text() != null ? c.text() : Syllables.lower(t.core());
                key[i] = Syllables.fold(read[i]);
                written[i] = Syllables.fold(Syllables.lower(t.core()));
            }
        }
        // title-case runs inside lines: their readings of each span of 2-4 words, weighed by evidence
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int a = 0; a < n; ) {
            int b = runEnd(text, tokens, key, a);
            if (b - a >= 2 && java.util.stream.IntStream.range(a, b).allMatch(i -> Boolean.TRUE.equals(CaseModel.capitalised(tokens.get(i).core())))) {
                int evidence = (int) java.util.stream.IntStream.range(a, b).filter(i -> CaseModel.insideLine(text, tokens, i)).count();
                for (int s = a; s < b && evidence > 0; s++) {
                    for (int e = s + 2; e <= Math.min(b, s + 4); e++) {
                        votes.computeIfAbsent(span(key, s, e), k -> new HashMap<>()).merge(span(read, s, e), evidence, Integer::sum);
                    }
                }
            }
            a = Math.max(b, a + 1);
        }
        if (votes.isEmpty()) {
            return false;
        }
        Map<String, String> reading = new HashMap<>();
        Map<String, Integer> weight = new HashMap<>();
        for (var v : votes.entrySet()) {
            String best = null;
            int most = 0;
            for (var r : new java.util.TreeMap<>(v.getValue()).entrySet()) { // ties: the first in order, reproducibly
                if (r.getValue() > most) {
                    best = r.getKey();
                    most = r.getValue();
                }
            }
            reading.put(v.getKey(), best);
            weight.put(v.getKey(), v.getValue().values().stream().mapToInt(Integer::intValue).sum());
        }
        boolean changed = false;
        for (int a = 0; a < n; ) {
            int b = runEnd(text, tokens, key, a);
            for (int s = a; s + 1 < b; s++) {
                for (int e = Math.min(b, s + 4); e >= s + 2; e--) {
                    String found = spanOf(weight, key, written, s, e, new StringBuilder());
                    String want = found == null ? null : reading.get(found);
                    if (want == null) {
                        continue;
                    }
                    if (!want.equals(span(read, s, e))) {
                        String[] syllables = want.split(" ");
                        for (int i = s; i < e; i++) {
                            changed |= pull(lattice, i, syllables[i - s]);
                        }
                    }
                    s = e - 1;
                    break;
                }
            }
            a = Math.max(b, a + 1);
        }
        return changed;
    }

    /** The end (exclusive) of the run of capitalised words that starts at {@code a}, on one line, spaces between. */
    private static int runEnd(String text, List<TextTokens.Token> tokens, String[] key, int a) {
        if (key[a] == null) {
            return a;
        }
        int b = a + 1;
        while (b < tokens.size() && key[b] != null && !tokens.get(b - 1).sentenceEnd()
                && text.substring(tokens.get(b - 1).end(), tokens.get(b).start()).matches(" +")) {
            b++;
        }
        return b;
    }

    /**
     * The span of letters, each word's as read or as written, that the title-case runs name most
     * often ("Yên Thành" read at a line's start is "Yên Thạch" as OCR printed it, and as the body
     * reads it twice); null for none.
     */
    private static String spanOf(Map<String, Integer> weight, String[] key, String[] written, int s, int e, StringBuilder prefix) {
        if (s == e) {
            return weight.containsKey(prefix.toString()) ? prefix.toString() : null;
        }
        int len = prefix.length();
        String sep = prefix.isEmpty() ? "" : " ";
        String read = spanOf(weight, key, written, s + 1, e, prefix.append(sep).append(key[s]));
        prefix.setLength(len);
        if (written[s].equals(key[s])) {
            return read;
        }
        String printed = spanOf(weight, key, written, s + 1, e, prefix.append(sep).append(written[s]));
        prefix.setLength(len);
        if (read == null || printed == null) {
            return read != null ? read : printed;
        }
        return weight.get(printed) > weight.get(read) ? printed : read;
    }

    private static String span(String[] words, int s, int e) {
        return String.join(" ", java.util.Arrays.asList(words).subList(s, e));
    }

    /** Weighs reading {@code syllable} of token {@code i} up by {@link #NAME_WEIGHT}; false when it is no candidate there. */
    private static boolean pull(List<List<Candidate>> lattice, int i, String syllable) {
        List<Candidate> cands = lattice.get(i);
        List<Candidate> out = new ArrayList<>(cands.size());
        boolean found = false;
        for (Candidate c : cands) {
            boolean hit = syllable.equals(c.text());
            found |= hit;
            out.add(hit ? new Candidate(c.text(), c.ids(), c.channel() + NAME_WEIGHT, c.prior()) : c);
        }
        if (found) {
            lattice.set(i, out);
        }
        return found;
    }

    /**
     * A line that is a person's name (two to four title-case words alone on it, the first a family
     * name's skeleton: "Do Thi Thu Trang" under a signature) opens with that family name, whatever
     * the language model makes of the words as common ones ("Đô thị", urban). Only where the skeleton
     * is one family name's ({@link PersonNames#spelling}) and that reading is among the word's.
     */
    private static void familyNames(String text, List<TextTokens.Token> tokens, List<List<Candidate>> lattice) {
        for (int i = 0; i < tokens.size(); i++) {
            TextTokens.Token t = tokens.get(i);
            if (t.kind() != TextTokens.Kind.WORD || !lineStart(text, tokens, i)) {
                continue;
            }
            int k = i;
            while (k + 1 < tokens.size() && !lineStart(text, tokens, k + 1)) {
                k++;
            }
            int words = k - i + 1;
            boolean name = words >= 2 && words <= 4;
            for (int j = i; name && j <= k; j++) {
                TextTokens.Token w = tokens.get(j);
                name = w.kind() == TextTokens.Kind.WORD && Boolean.TRUE.equals(CaseModel.capitalised(w.core()))
                        && (j == k || !w.sentenceEnd());
            }
            if (name && PROVINCE_SKELETONS.contains(Syllables.fold(Syllables.lower(text.substring(t.start(), tokens.get(k).end()))))) {
                name = false; // "Lai Châu" alone on a line is the province, not Mr Lại
            }
            String family = name ? PersonNames.spelling(fold(t)) : null;
            if (family != null) {
                String reading = Syllables.lower(family);
                List<Candidate> only = lattice.get(i).stream().filter(c -> reading.equals(c.text())).toList();
                if (!only.isEmpty()) {
                    lattice.set(i, new ArrayList<>(only));
                }
            }
            i = k;
        }
    }

    private static final java.util.Set<String> PROVINCE_SKELETONS = PlaceNames.provinces().stream()
            .map(p -> Syllables.fold(Syllables.lower(p))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether token {@code i} is the first on its line. */
    private static boolean lineStart(String text, List<TextTokens.Token> tokens, int i) {
        return i == 0 || text.lastIndexOf('\n', tokens.get(i).start() - 1) >= tokens.get(i - 1).end();
    }

    /**
     * A word inside a line keeps its capital through OCR: each reading of a capitalised word there
     * is weighed by how often that syllable is written so ({@link CaseModel}). Lists shared between equal
     * words are copied, since the same word elsewhere may stand at a line's start.
     */
    private void weighCase(String text, List<TextTokens.Token> tokens, List<List<Candidate>> lattice) {
        Map<List<Candidate>, List<Candidate>> capital = new java.util.IdentityHashMap<>();
        Map<List<Candidate>, List<Candidate>> opening = new java.util.IdentityHashMap<>(); // weighed on the accents only
        for (int i = 0; i < tokens.size(); i++) {
            List<Candidate> cands = lattice.get(i);
            TextTokens.Token t = tokens.get(i);
            if (cands.size() < 2 || t.kind() != TextTokens.Kind.WORD) {
                continue;
            }
            // At a line's start, and in capitals, only the accents are weighed where OCR printed a
            // syllable's letters: a name's first word is as often a surname as a common title-case
            // word ("Luong" is no "Thường").
            String letters = null;
            if (CaseModel.insideLine(text, tokens, i) && Boolean.TRUE.equals(CaseModel.capitalised(t.core()))) {
                letters = null;
            } else if (NAME_START && opensName(text, tokens, i) || NAME_CAPS && namedInCapitals(text, tokens, i)) {
                String skeleton = Syllables.fold(Syllables.lower(t.core()));
                letters = inventory.hasSkeleton(skeleton) ? skeleton : null;
            } else {
                continue; // a word in lower case inside a line: measured, its weight changed nothing
            }
            String same = letters;
            lattice.set(i, (letters == null ? capital : opening).computeIfAbsent(cands, cs -> {
                List<Candidate> out = new ArrayList<>(cs.size());
                for (Candidate c : cs) {
                    out.add(c.text() == null || same != null && !same.equals(Syllables.fold(c.text())) ? c
                            : new Candidate(c.text(), c.ids(), c.channel() + CASE_WEIGHT * cases.capitalLogRatio(c.text()), c.prior()));
                }
                return out;
            }));
        }
    }

    private static final boolean NAME_CAPS = Boolean.parseBoolean(System.getProperty("cascade.restorer.nameCaps", "true"));

    /** An administrative level's word, as OCR prints it without accents: the name of a place follows it. */
    private static final java.util.Set<String> LEVELS = java.util.Set.of("tinh", "huyen", "quan", "xa", "phuong", "thon", "ap");
    /** Two-word levels ("THÀNH PHỐ", "KHU PHỐ", "THỊ TRẤN"), by their second word and first. */
    private static final Map<String, java.util.Set<String>> LEVELS2 = Map.of("pho", java.util.Set.of("thanh", "khu"),
            "tran", java.util.Set.of("thi"), "xa", java.util.Set.of("thi"));

    /**
     * Whether word {@code i}, in capitals, names a place: it follows an administrative level's word
     * in a run of capitals on its line ("ĐẢNG BỘ TỈNH NGÂN KHÊ", "ĐẢNG ỦY XÃ ĐỒNG LAU"; the level's
     * "ỦY" is no name). A header's capitals say nothing of case, but the case model says which
     * syllables names are made of.
     */
    private static boolean namedInCapitals(String text, List<TextTokens.Token> tokens, int i) {
        if (!allCapitals(tokens.get(i).core()) || fold(tokens.get(i)).equals("uy")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && i - j <= 3; j--) {
            TextTokens.Token a = tokens.get(j);
            if (a.kind() != TextTokens.Kind.WORD || !allCapitals(a.core()) || a.sentenceEnd()
                    || !text.substring(a.end(), tokens.get(j + 1).start()).matches(" +")) {
                return false;
            }
            String w = fold(a);
            if (LEVELS.contains(w) || j > 0 && LEVELS2.getOrDefault(w, java.util.Set.of()).contains(fold(tokens.get(j - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitals(String core) {
        return core.length() >= 2 && core.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && core.chars().anyMatch(Character::isLetter);
    }

    private static String fold(TextTokens.Token t) {
        return Syllables.fold(Syllables.lower(t.core()));
    }

    private static final boolean NAME_START = Boolean.parseBoolean(System.getProperty("cascade.restorer.nameStart", "true"));

    /**
     * Whether word {@code i}, at a line's or sentence's start, opens a name: a title-case word with
     * a title-case word after it on the line ("Lương Quốc Hùng" under a signature, "Tân Hòa, ngày
     * …"). Its capital then says what a capital inside a line says.
     */
    private static boolean opensName(String text, List<TextTokens.Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).sentenceEnd()) {
            return false;
        }
        TextTokens.Token t = tokens.get(i);
        TextTokens.Token next = tokens.get(i + 1);
        return next.kind() == TextTokens.Kind.WORD && Boolean.TRUE.equals(CaseModel.capitalised(t.core()))
                && Boolean.TRUE.equals(CaseModel.capitalised(next.core())) && text.substring(t.end(), next.start()).matches(" +");
    }

    private static final boolean NUMBER_WORDS = Boolean.parseBoolean(System.getProperty("cascade.restorer.numberWords", "true"));

    /**
     * A number of one or two digits between two lower-case words of one sentence, in OCR'd text: it
     * may be a short word OCR read as digits ("nhất 13 nguyên tắc" for "nhất là"), or a number
     * ("trong 15 ngày"); the language model decides.
     */
    private static boolean numberAmongWords(String text, List<TextTokens.Token> tokens, int i, double pStrip) {
        TextTokens.Token t = tokens.get(i);
        if (!NUMBER_WORDS || pStrip <= WELL_ACCENTED || t.kind() != TextTokens.Kind.NUMBER || t.core().length() > 2
                || i == 0 || i + 1 >= tokens.size() || t.sentenceEnd()) {
            return false;
        }
        TextTokens.Token prev = tokens.get(i - 1);
        TextTokens.Token next = tokens.get(i + 1);
        // words of one sentence, which a scan's line break may cut
        // (a scan's OCR may also leave a blank line inside the sentence: "… các mô hình" / "" / "6 khu dân cư")
        return prev.kind() == TextTokens.Kind.WORD && !prev.sentenceEnd() && text.substring(prev.end(), t.start()).matches("[ ,]*(?:\\n[ ]*){0,2}")
                && next.kind() == TextTokens.Kind.WORD && Character.isLowerCase(next.core().charAt(0))
                && text.substring(t.end(), next.start()).matches(" *\\n? *") && !text.substring(prev.end(), next.start()).matches("(?s).*\\n.*\\n.*\\n.*");
    }

    /** The number as written (no cost) and the words its digits may stand for (digits read as letters). */
    private List<Candidate> numberOrWord(TextTokens.Token t, double pStrip) {
        List<Candidate> out = new ArrayList<>();
        out.add(candidate(null, new int[] {lm.id(TextTokens.lmToken(t))}, 0));
        out.addAll(readings(t.core(), true).candidates(pStrip)); // learnt: "là" read as "13", "14"
        return out;
    }

    /** Log-odds of the chosen candidate at {@code i} over its best rival, in the decoded context. */
    private double margin(List<TextTokens.Token> tokens, List<List<Candidate>> lattice, int[] choice, int i) {
        return margin(tokens, lattice, choice, i, Double.POSITIVE_INFINITY);
    }

    /** Whether {@link #margin} at {@code i} is at least {@code enough}; stops at the first rival that says no. */
    private boolean sure(List<TextTokens.Token> tokens, List<List<Candidate>> lattice, int[] choice, int i, double enough) {
        return margin(tokens, lattice, choice, i, enough) >= enough;
    }

    /**
     * {@link #margin}, except that once it is known to be below {@code enough} some value below it is
     * returned, and rivals whose channel alone (the language model's part is never positive) leaves
     * them {@code enough} behind are not scored.
     */
    private double margin(List<TextTokens.Token> tokens, List<List<Candidate>> lattice, int[] choice, int i, double enough) {
        List<Candidate> cands = lattice.get(i);
        if (cands.size() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        int[] before = new int[] {lm.bos(), lm.bos()};
        for (int j = i - 1, n = 0; j >= 0 && n < 2 && !tokens.get(j).sentenceEnd(); j--) {
            int[] ids = lattice.get(j).get(choice[j]).ids();
            for (int k = ids.length - 1; k >= 0 && n < 2; k--, n++) {
                before[1 - n] = ids[k];
            }
        }
        int[] after = new int[2];
        int na = 0;
        if (!tokens.get(i).sentenceEnd()) {
            for (int j = i + 1; j < tokens.size() && na < 2; j++) {
                for (int id : lattice.get(j).get(choice[j]).ids()) {
                    if (na < 2) {
                        after[na++] = id;
                    }
                }
                if (tokens.get(j).sentenceEnd()) {
                    break;
                }
            }
        }
        double chosen = inContext(cands.get(choice[i]), before, after, na);
        double rival = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cands.size(); c++) {
            if (c == choice[i] || params.channelWeight() * cands.get(c).channel() <= chosen - enough) {
                continue;
            }
            rival = Math.max(rival, inContext(cands.get(c), before, after, na));
            if (chosen - rival < enough && enough != Double.POSITIVE_INFINITY) {
                return chosen - rival;
            }
        }
        return chosen - rival;
    }

    /** A candidate's channel and language-model score between the two words before and the words after. */
    private double inContext(Candidate cand, int[] before, int[] after, int na) {
        double s = params.channelWeight() * cand.channel();
        int u = before[0];
        int v = before[1];
        for (int id : cand.ids()) {
            s += lm.logProb(u, v, id);
            u = v;
            v = id;
        }
        for (int k = 0; k < na; k++) {
            s += lm.logProb(u, v, after[k]);
            u = v;
            v = after[k];
        }
        return s;
    }

    private static final double CASE_WEIGHT = Double.parseDouble(System.getProperty("cascade.restorer.caseWeight", "1"));
    private static final double CACHE_WEIGHT = Double.parseDouble(System.getProperty("cascade.restorer.cacheWeight", "0.5"));
    private static final double CACHE_SURE = Double.parseDouble(System.getProperty("cascade.restorer.cacheSure", "3"));
    private static final double DIGIT_LOGPROB = Double.parseDouble(System.getProperty("cascade.restorer.digitLogProb", "-7"));
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy";
    private static final double GLYPH_LOGPROB = Double.parseDouble(System.getProperty("cascade.restorer.glyphLogProb", "-3"));

    /** A digit then capitals only ("5G", "3D", "4K"): a code as written, not a misread word. */
    /** The language model's id of a word kept as printed: itself where the model knows it, else the symbol class. */
    private int asPrintedId(String lower) {
        return lm.id(lm.contains(lower) ? lower : SyllableLanguageModel.SYM);
    }

    private static boolean abbreviation(String core) {
        return core.length() >= 2 && core.chars().allMatch(Character::isUpperCase)
                && Syllables.fold(core).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean code(String core) {
        return Character.isDigit(core.charAt(0)) && core.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Skeletons of the inventory the word can be with each digit dropped or read as a letter. */
    private Map<String, Double> digitReadings(String skeleton) {
        Map<String, Double> out = new HashMap<>();
        // a glyph inside a word ("nhi€ém") is surely a misread letter; a digit may be a code's
        double cost = skeleton.chars().anyMatch(Character::isDigit) ? DIGIT_LOGPROB : GLYPH_LOGPROB;
        digitReadings(skeleton, 0, new StringBuilder(), 0, out, cost);
        return out;
    }

    private void digitReadings(String s, int i, StringBuilder prefix, int digits, Map<String, Double> out, double cost) {
        if (digits > 2) {
            return;
        }
        if (i == s.length()) {
            String k = prefix.toString();
            if (digits > 0 && inventory.hasSkeleton(k)) {
                out.merge(k, digits * cost, Math::max);
            }
            return;
        }
        char c = s.charAt(i);
        int len = prefix.length();
        if (Character.isDigit(c) || TextTokens.OcrGlyphs.is(c)) {
            digitReadings(s, i + 1, prefix, digits + 1, out, cost); // dropped: a diacritic read as a digit or glyph
            for (int l = 0; l < LETTERS.length(); l++) {
                prefix.setLength(len);
                prefix.append(LETTERS.charAt(l));
                digitReadings(s, i + 1, prefix, digits + 1, out, cost);
            }
        } else {
            prefix.append(c);
            digitReadings(s, i + 1, prefix, digits, out, cost);
        }
        prefix.setLength(len);
    }

    /** Whether a text keeps its accents (typed or digital, not OCR's stripped output). */
    public static boolean wellAccented(String text) {
        return strippedShare(TextTokens.tokenize(text)) <= WELL_ACCENTED;
    }

    /** The share of accents OCR lost: 0 for a well-accented text, 1 for a fully stripped one. */
    static double strippedShare(List<TextTokens.Token> tokens) {
        int words = 0;
        int accented = 0;
        for (TextTokens.Token t : tokens) {
            if (t.kind() == TextTokens.Kind.WORD && t.core().length() >= 2) {
                words++;
                if (Syllables.hasDiacritic(t.core())) {
                    accented++;
                }
            }
        }
        if (words == 0) {
            return 0.5;
        }
        // About 80% of the syllables of running Vietnamese carry a diacritic or đ.
        double share = accented / (double) words / 0.8;
        return Math.min(0.98, Math.max(0.02, 1 - share));
    }

    /** At or below this share of lost accents a text counts as well accented (at least 72% of its words accented). */
    static final double WELL_ACCENTED = Params.doubleProp("wellAccented", 0.1);

    private List<Candidate> candidates(TextTokens.Token t, double pStrip) {
        if (t.kind() != TextTokens.Kind.WORD) {
            return List.of(candidate(null, new int[] {lm.id(TextTokens.lmToken(t))}, 0));
        }
        if (abbreviation(t.core())) {
            // "TP", "UBND", "HĐND": capitals without a vowel are an abbreviation, not a syllable whose
            // vowel OCR dropped (a Western-European reader drops "ộ" from "bộ", but writes it lower case)
            return List.of(candidate(null, new int[] {asPrintedId(Syllables.lower(t.core()))}, 0));
        }
        // the horn OCR printed as an apostrophe ("nuó'c"): the letters are the word's, the horn is lost
        String observed = Syllables.lower(t.core()).replace("'", "");
        if (pStrip <= WELL_ACCENTED && inventory.contains(observed)) {
            // In a text that kept its accents (a digital file, or OCR that knew Vietnamese) a valid
            // syllable is what was written: measured on clean plans and on Tesseract 'vie' output,
            // letting the language model re-choose among valid syllables broke more than it fixed.
            return List.of(candidate(null, new int[] {lm.id(observed)}, 0));
        }
        if (pStrip <= WELL_ACCENTED && (Character.isUpperCase(t.core().charAt(0)) && Syllables.hasDiacritic(observed)
                && !t.core().equals(t.core().toUpperCase(java.util.Locale.ROOT))
                || !Syllables.hasDiacritic(observed) && observed.chars().allMatch(Character::isLetter)
                        && !inventory.hasSkeleton(observed))) {
            // ... and so is a capitalised word written with its accents that no syllable of the
            // inventory spells, a name ("Giàng A Páo", "bản Khuổi Mìn"), and a word with no accent
            // that is no syllable's letters, a foreign word ("online", "Zalo", "GID"); "minh bach"
            // is a syllable's letters without its accent, and is restored
            return List.of(candidate(null, new int[] {asPrintedId(observed)}, 0));
        }
        List<Candidate> out = readings(observed, !code(t.core())).candidates(pStrip);
        if (!inventory.contains(observed)) {
            if (out.isEmpty() && observed.length() >= 4) {
                out.addAll(splits(observed, pStrip));
            }
            // Keep what OCR printed as a last resort (names, foreign words, abbreviations).
            out.add(candidate(null, new int[] {asPrintedId(observed)},
                    out.isEmpty() ? 0 : params.keepUnknownLogProb()));
        }
        out.sort((a, b) -> Double.compare(b.prior(), a.prior()));
        if (out.size() > params.maxCandidates()) {
            out = new ArrayList<>(out.subList(0, params.maxCandidates()));
        }
        // Candidates far behind the best on channel and unigram alone never win in context; dropping
        // them early keeps the beam's work near the few readings that matter.
        double floor = out.isEmpty() ? 0 : out.get(0).prior() - PRIOR_MARGIN;
        int keep = 0;
        while (keep < out.size() && out.get(keep).prior() >= floor) {
            keep++;
        }
        return keep == out.size() ? out : new ArrayList<>(out.subList(0, Math.max(1, keep)));
    }


    /**
     * The syllables a word may stand for, before the document's share of lost accents is known: each
     * with its best channel score over every skeleton that reaches it, in two classes whose accent
     * cost ({@link #accentLogProb}) is the same within the class, each ordered by channel and
     * unigram. A document's candidates are then the best of the two lists merged, without hashing or
     * sorting the hundreds of readings again. Cached: OCR repeats its words across documents.
     */
    private WordReadings readings(String observed, boolean lettersForDigits) {
        String key = lettersForDigits ? observed : observed + "\u0001"; // a code's digits stay digits
        WordReadings cached = readingsCache.get(key);
        if (cached != null) {
            return cached;
        }
        boolean observedAccented = Syllables.hasDiacritic(observed);
        Map<String, Double> best = new HashMap<>();
        String skeleton = Syllables.fold(observed);
        bestPerSyllable(expansions(skeleton), best);
        if (DIGIT_LOGPROB < 0 && lettersForDigits
                && observed.chars().anyMatch(c -> Character.isDigit(c) || TextTokens.OcrGlyphs.is((char) c))) {
            // A digit inside a word is a letter or a diacritic OCR misread ("b9", "0y", "tho1i"): every
            // reading that drops it or puts any letter in its place, at one small uniform cost, and
            // the language model chooses. Learnt confusions keep their own, better scores.
            bestPerSyllable(digitReadings(skeleton), best);
        }
        List<Reading> kept = new ArrayList<>();
        List<Reading> changed = new ArrayList<>();
        for (var e : best.entrySet()) {
            String s = e.getKey();
            int id = lm.id(s);
            Reading r = new Reading(s, new int[] {id}, e.getValue(), e.getValue() + 0.5 * lm.unigramLogProb(id));
            // as written, or both without accents: the accents kept; otherwise gained or garbled
            (s.equals(observed) || !observedAccented && !Syllables.hasDiacritic(s) ? kept : changed).add(r);
        }
        java.util.Comparator<Reading> order = (a, b) -> a.base() != b.base() ? Double.compare(b.base(), a.base())
                : a.text().compareTo(b.text());
        kept.sort(order);
        changed.sort(order);
        int n = params.maxCandidates();
        WordReadings w = new WordReadings(observedAccented,
                List.copyOf(kept.subList(0, Math.min(n, kept.size()))),
                List.copyOf(changed.subList(0, Math.min(n, changed.size()))));
        if (readingsCache.size() > CACHE_LIMIT) {
            readingsCache.clear(); // a bound on memory for a long batch; refilled as words recur
        }
        readingsCache.put(key, w);
        return w;
    }

    private record Reading(String text, int[] ids, double channel, double base) {
    }

    private final class WordReadings {
        final boolean observedAccented;
        final List<Reading> kept;
        final List<Reading> changed;

        WordReadings(boolean observedAccented, List<Reading> kept, List<Reading> changed) {
            this.observedAccented = observedAccented;
            this.kept = kept;
            this.changed = changed;
        }

        /** The best readings in a document that lost this share of its accents, as candidates. */
        List<Candidate> candidates(double pStrip) {
            double keptCost = Math.log(1 - pStrip * 0.5);
            double changedCost = observedAccented ? Math.log(pStrip * 0.5) + params.accentMisreadLogProb() : Math.log(pStrip);
            int n = params.maxCandidates();
            List<Candidate> out = new ArrayList<>(Math.min(n, kept.size() + changed.size()) + 2);
            int i = 0;
            int j = 0;
            while (out.size() < n && (i < kept.size() || j < changed.size())) {
                boolean takeKept = j >= changed.size()
                        || i < kept.size() && kept.get(i).base() + keptCost >= changed.get(j).base() + changedCost;
                Reading r = takeKept ? kept.get(i++) : changed.get(j++);
                out.add(candidate(r.text(), r.ids(), r.channel() + (takeKept ? keptCost : changedCost)));
            }
            return out;
        }
    }

    /** Each syllable of each intended skeleton, scored by the skeleton's rewrite; the best kept. */
    private void bestPerSyllable(Map<String, Double> skeletons, Map<String, Double> best) {
        for (var e : skeletons.entrySet()) {
            for (String s : inventory.withSkeleton(e.getKey())) {
                best.merge(s, e.getValue(), Math::max);
            }
        }
    }

    /**
     * How likely OCR turned the accents of {@code s} into those of {@code observed}: a word read as
     * printed is likely in proportion to how well the document kept its accents; accents lost or
     * garbled (OCR without Vietnamese prints "é" for ố, ớ, ấ …) in proportion to how many it lost.
     */
    private double accentLogProb(String observed, boolean observedAccented, String s, double pStrip) {
        if (s.equals(observed)) {
            return Math.log(1 - pStrip * 0.5);
        }
        boolean sAccented = Syllables.hasDiacritic(s);
        if (!observedAccented) {
            return sAccented ? Math.log(pStrip) : Math.log(1 - pStrip * 0.5);
        }
        return Math.log(pStrip * 0.5) + params.accentMisreadLogProb();
    }

    private Map<String, Double> expansions(String skeleton) {
        return expansionCache.computeIfAbsent(skeleton, k -> {
            Map<String, Double> out = new HashMap<>();
            channel.expansions(k, (f, lp) -> {
                if (inventory.hasSkeleton(f)) {
                    out.merge(f, lp, Math::max);
                }
            });
            return out;
        });
    }

    /** OCR merged two syllables ("trircthuc"): the best split into two restorable halves. */
    private static final int SPLIT_READINGS = Integer.parseInt(System.getProperty("cascade.restorer.splitReadings", "3"));

    /**
     * Two syllables OCR ran together ("HAIPHONG", "trircthuc"): at each cut, the few likeliest
     * readings of each part, so that the language model chooses in context ("hai phòng" alone,
     * "Hải Phòng" after "thành phố"); the likeliest {@code SPLIT_READINGS * 2} pairs.
     */
    private List<Candidate> splits(String observed, double pStrip) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 1; k < observed.length(); k++) {
            List<Candidate> left = bestSingles(observed.substring(0, k), pStrip);
            List<Candidate> right = bestSingles(observed.substring(k), pStrip);
            for (Candidate l : left) {
                for (Candidate r : right) {
                    out.add(candidate(l.text() + " " + r.text(), new int[] {l.ids()[0], r.ids()[0]},
                            l.channel() + r.channel() + params.splitLogProb()));
                }
            }
        }
        out.sort((a, b) -> a.prior() != b.prior() ? Double.compare(b.prior(), a.prior()) : a.text().compareTo(b.text()));
        return out.size() > 2 * SPLIT_READINGS ? new ArrayList<>(out.subList(0, 2 * SPLIT_READINGS)) : out;
    }

    /** The {@link #SPLIT_READINGS} likeliest readings of a part by channel and unigram. */
    private List<Candidate> bestSingles(String part, double pStrip) {
        boolean accented = Syllables.hasDiacritic(part);
        List<Candidate> all = new ArrayList<>();
        for (var e : expansions(Syllables.fold(part)).entrySet()) {
            for (String s : inventory.withSkeleton(e.getKey())) {
                all.add(candidate(s, new int[] {lm.id(s)}, e.getValue() + accentLogProb(part, accented, s, pStrip)));
            }
        }
        all.sort((a, b) -> a.prior() != b.prior() ? Double.compare(b.prior(), a.prior()) : a.text().compareTo(b.text()));
        return all.size() > SPLIT_READINGS ? all.subList(0, SPLIT_READINGS) : all;
    }

    private static final class Hyp {
        final int u;
        final int v;
        final double score;
        final Hyp prev;
        final int cand;

        Hyp(int u, int v, double score, Hyp prev, int cand) {
            this.u = u;
            this.v = v;
            this.score = score;
            this.prev = prev;
            this.cand = cand;
        }
    }

    /** Beam search with recombination on the last two language-model tokens (Viterbi within the beam). */
    private int[] decode(List<TextTokens.Token> tokens, List<List<Candidate>> lattice) {
        int bos = lm.bos();
        int eos = lm.eos();
        Hyp[] beam = {new Hyp(bos, bos, 0, null, -1)};
        int beamSize = 1;
        // Recombination table: open addressing on the (u, v) state, reused token after token; the
        // boxed HashMap and the full sort it replaced took most of the decoder's time.
        long[] keys = new long[64];
        Hyp[] slots = new Hyp[64];
        int[] filled = new int[64];
        Hyp[] top = new Hyp[params.beam()];
        int[] words = new int[params.maxCandidates() + 2];
        double[] channels = new double[params.maxCandidates() + 2];
        for (int i = 0; i < tokens.size(); i++) {
            List<Candidate> cands = lattice.get(i);
            boolean end = tokens.get(i).sentenceEnd();
            int need = Integer.highestOneBit(Math.max(4, beamSize * cands.size()) * 2) * 2;
            if (keys.length < need) {
                keys = new long[need];
                slots = new Hyp[need];
                filled = new int[need];
            }
            int mask = keys.length - 1;
            int count = 0;
            // The candidates' words and weighted channel scores in flat arrays: the loop below reads
            // them once per state.
            int nc = cands.size();
            if (words.length < nc) {
                words = new int[nc];
                channels = new double[nc];
            }
            for (int c = 0; c < nc; c++) {
                Candidate cand = cands.get(c);
                words[c] = cand.ids().length == 1 ? cand.ids()[0] : -1;
                channels[c] = params.channelWeight() * cand.channel();
            }
            // States more than BEAM_MARGIN behind the best so far are dropped below anyway; a
            // language-model score is never positive, so the channel alone can rule one out.
            double bestSoFar = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < beamSize; b++) {
                Hyp h = beam[b];
                int context = lm.context(h.u, h.v);
                float back3 = lm.trigramBackoff(context);
                float back2 = lm.bigramBackoff(h.v);
                for (int c = 0; c < nc; c++) {
                    int u;
                    int v;
                    double s = h.score + channels[c];
                    if (s < bestSoFar - BEAM_MARGIN) {
                        continue;
                    }
                    int w = words[c];
                    if (w >= 0) {
                        s += lm.logProb(context, h.v, w, back3, back2);
                        u = h.v;
                        v = w;
                    } else {
                        u = h.u;
                        v = h.v;
                        for (int id : cands.get(c).ids()) {
                            s += lm.logProb(u, v, id);
                            u = v;
                            v = id;
                        }
                    }
                    if (end) {
                        s += lm.logProb(u, v, eos);
                        u = bos;
                        v = bos;
                    }
                    if (s < bestSoFar - BEAM_MARGIN) {
                        continue;
                    }
                    bestSoFar = Math.max(bestSoFar, s);
                    long key = ((long) u << 32) | (v & 0xffffffffL);
                    int slot = (int) (mix(key) & mask);
                    while (slots[slot] != null && keys[slot] != key) {
                        slot = (slot + 1) & mask;
                    }
                    if (slots[slot] == null) {
                        keys[slot] = key;
                        slots[slot] = new Hyp(u, v, s, h, c);
                        filled[count++] = slot;
                    } else if (slots[slot].score < s) {
                        slots[slot] = new Hyp(u, v, s, h, c);
                    }
                }
            }
            // The best beam-width states, by insertion into a short sorted array.
            int k = 0;
            for (int f = 0; f < count; f++) {
                Hyp h = slots[filled[f]];
                slots[filled[f]] = null;
                if (k < top.length) {
                    int j = k++;
                    while (j > 0 && top[j - 1].score < h.score) {
                        top[j] = top[j - 1];
                        j--;
                    }
                    top[j] = h;
                } else if (h.score > top[k - 1].score) {
                    int j = k - 1;
                    while (j > 0 && top[j - 1].score < h.score) {
                        top[j] = top[j - 1];
                        j--;
                    }
                    top[j] = h;
                }
            }
            // States far behind the best are dropped: where the reading is certain the beam narrows.
            while (k > 1 && top[k - 1].score < top[0].score - BEAM_MARGIN) {
                k--;
            }
            beam = java.util.Arrays.copyOf(top, k);
            beamSize = k;
        }
        Hyp best = beam[0];
        for (int b = 1; b < beamSize; b++) {
            if (beam[b].score > best.score) {
                best = beam[b];
            }
        }
        int[] choice = new int[tokens.size()];
        Arrays.fill(choice, 0);
        for (int i = tokens.size() - 1; i >= 0 && best != null; i--) {
            choice[i] = best.cand;
            best = best.prev;
        }
        return choice;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
