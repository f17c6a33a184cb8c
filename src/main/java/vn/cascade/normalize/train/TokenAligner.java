package vn.cascade.normalize.train;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aligns the tokens of a reference text (accented, correct) with the tokens of its OCR
 * (damaged), so that each intended word can be paired with what the OCR made of it.
 *
 * <p><b>Operations.</b> A weighted dynamic programme over the two token sequences allows
 * <ul>
 *   <li>1:1 ({@link Op#MATCH_OR_SUB}): {@code số ← s6}, {@code của ← ctia};</li>
 *   <li>1:2 ({@link Op#SPLIT}): the OCR broke one word in two, {@code Đảng ← Đ ảng};</li>
 *   <li>2:1 ({@link Op#MERGE}): the OCR ran two words together, {@code trực thuộc ← trircthuc};</li>
 *   <li>1:0 ({@link Op#DELETED}): a word the OCR lost;</li>
 *   <li>0:1 ({@link Op#INSERTED}): junk the OCR invented, typically speckle read as {@code _}.</li>
 * </ul>
 *
 * <p><b>Costs.</b> Pairing two strings costs the weighted character edit distance between their
 * {@linkplain #fold folded} forms (lower case, no diacritics, đ→d) divided by the longer folded
 * length, so it lies in [0, 1]. Character substitutions cost {@value #SUB_OTHER}, but
 * {@value #SUB_LOOKALIKE} between look-alikes (the digits the English model reads for
 * accented vowels — {@code 6/o}, {@code 1/i/l}, {@code 3/a} … — and a few letter pairs such as
 * {@code u/w}, {@code u/t}, {@code o/d}), {@value #SUB_VOWEL} between two vowels (a diacritic misread often
 * turns one vowel into another: {@code với ← véi}) and {@value #SUB_PUNCT} between two punctuation
 * marks; inserting or deleting a letter or digit costs 1, a punctuation mark
 * {@value #INDEL_PUNCT_CHAR}. A SPLIT or MERGE pays the pairing cost of the concatenation plus
 * {@value #SPLIT_MERGE_PENALTY}; losing or inventing a word costs {@value #WORD_INDEL}, a token
 * with a single letter or digit (speckle read as {@code h} or {@code F}, a list number)
 * {@value #SHORT_INDEL}, a token without any letter or digit only {@value #JUNK_INDEL}. The
 * values are chosen so that:
 * <ul>
 *   <li>a damaged word still pairs with its neighbourhood's word rather than being deleted and
 *       re-inserted: pairing costs at most 1 &lt; 2 × {@value #WORD_INDEL};</li>
 *   <li>a genuine split beats pairing with one half and inserting the other:
 *       {@code Đảng ← Đ ảng} costs 0.25 against 0.3 + 0.25;</li>
 *   <li>speckle junk next to a word is inserted, not glued on as a split:
 *       {@code hiện ← hién _} costs 0.2 against ≥ 0.3, {@code thành ← thanh h} 0.3 against
 *       0.25 + 1/6;</li>
 *   <li>a digit that is really part of the next token (the seeds' {@code 1 8-KL/TW}) still splits:
 *       0.25 against 0.3 + 0.11.</li>
 * </ul>
 *
 * <p><b>Speed.</b> Exact DP over a whole page (≈400 × 400 tokens) is affordable, but documents
 * run to thousands of tokens and each cell evaluates three string distances. The alignment is
 * therefore done in two steps: first <em>anchors</em> are found — token trigrams whose folded,
 * punctuation-free form occurs exactly once in each text — and the longest chain of them that is
 * in the same order in both texts is kept (patience-diff style; anchors out of order, e.g. from
 * lines the OCR moved, are dropped). Anchored tokens are pinned as 1:1, and only the stretches
 * between anchors are aligned by DP: exactly when the stretch is small, otherwise within a band
 * of ±{@value #BAND} tokens around its diagonal. With the English model about three tokens in four
 * folds to its reference, so anchors come every few tokens and a page takes milliseconds.
 * Where the OCR reordered lines (headers, signature blocks), the moved text falls between
 * anchors and is aligned as well as a monotone alignment can: some pairs there are wrong.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TokenAligner {

    /** How a reference token (or two) relates to an OCR token (or two). */
    public enum Op { MATCH_OR_SUB, SPLIT, MERGE, DELETED, INSERTED }

    /**
     * One step of an alignment. {@code intended} is empty for {@link Op#INSERTED},
     * {@code observed} empty for {@link Op#DELETED}; for {@link Op#SPLIT} {@code observed} holds
     * the two OCR tokens joined by one space, for {@link Op#MERGE} {@code intended} the two
     * reference words joined by one space.
     */
    public record AlignedPair(String intended, String observed, Op op) {
        public AlignedPair {
            Objects.requireNonNull(intended, "intended");
            Objects.requireNonNull(observed, "observed");
            Objects.requireNonNull(op, "op");
        }
    }

    /** A token cut into leading punctuation, core and trailing punctuation. */
    public record Punctuated(String leading, String core, String trailing) {
        public String whole() {
            return leading + core + trailing;
        }
    }

    static final double SUB_OTHER = 1.0;
    static final double SUB_LOOKALIKE = 0.3;
    static final double SUB_VOWEL = 0.6;
    static final double SUB_PUNCT = 0.5;
    static final double INDEL_CHAR = 1.0;
    static final double INDEL_PUNCT_CHAR = 0.5;
    static final double WORD_INDEL = 0.6;
    static final double JUNK_INDEL = 0.2;
    static final double SHORT_INDEL = 0.3;
    static final double SPLIT_MERGE_PENALTY = 0.25;

    /** Stretches between anchors up to this many DP cells are aligned exactly. */
    static final long FULL_DP_CELLS = 250_000;
    /** Half-width, in tokens, of the band used for longer stretches. */
    static final int BAND = 120;
    /** Minimum folded length of an anchor trigram (short ones like "va la o" are not distinctive). */
    static final int MIN_ANCHOR_CHARS = 8;

    private static final double EPS = 1e-9;
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * Groups of characters (folded) that OCR confuses; any two members are cheap to swap. Besides
     * digit/letter look-alikes, the English model reads a hooked or horned vowel as a letter
     * with an ascender: ủ/ứ → t ({@code ty}, {@code chttc}), ớ/ở → d ({@code mdi}, {@code sd}),
     * ợ → g ({@code dugc}, {@code hgp}).
     */
    private static final String[] LOOKALIKES = {
        "o06q", "il1|!tj", "a34", "s5", "b68", "g9q", "z2", "uvw", "ec", "e8", "t7", "ut", "od", "og",
    };
    private static final String VOWELS = "aeiouy";
    private static final double[][] ASCII_SUB = new double[128][128];

    static {
        for (int x = 0; x < 128; x++) {
            for (int y = 0; y < 128; y++) {
                char cx = (char) x;
                char cy = (char) y;
                double c;
                if (x == y) {
                    c = 0;
                } else if (!Character.isLetterOrDigit(cx) && !Character.isLetterOrDigit(cy)) {
                    c = SUB_PUNCT;
                } else if (VOWELS.indexOf(cx) >= 0 && VOWELS.indexOf(cy) >= 0) {
                    c = SUB_VOWEL;
                } else {
                    c = SUB_OTHER;
                }
                ASCII_SUB[x][y] = c;
            }
        }
        for (String g : LOOKALIKES) {
            for (int a = 0; a < g.length(); a++) {
                for (int b = 0; b < g.length(); b++) {
                    if (a != b) {
                        ASCII_SUB[g.charAt(a)][g.charAt(b)] = Math.min(ASCII_SUB[g.charAt(a)][g.charAt(b)], SUB_LOOKALIKE);
                    }
                }
            }
        }
    }

    public TokenAligner() {
        // stateless
    }

    // ------------------------------------------------------------------ public helpers

    /** Splits on any whitespace (including no-break spaces); never returns empty tokens. */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Separates leading and trailing punctuation (anything that is neither a letter, a digit nor
     * a combining mark) from a token: {@code “tự} → ({@code “}, {@code tự}, ""),
     * {@code 50-CT/TW;} → ("", {@code 50-CT/TW}, {@code ;}). Inner punctuation stays in the core.
     * A token of punctuation only is all {@code leading}.
     */
    public static Punctuated splitPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isWordChar(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !isWordChar(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return new Punctuated(token.substring(0, start), token.substring(start, end), token.substring(end));
    }

    private static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    /** Lower case, diacritics removed, đ/Đ (and the look-alike ð) → d. Punctuation is kept. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * Cost of reading {@code observed} for {@code intended}: the normalised weighted edit
     * distance of their folded forms, in [0, 1]. 0 means equal up to case and diacritics.
     */
    public double pairCost(String intended, String observed) {
        return editCost(fold(intended).toCharArray(), fold(observed).toCharArray(), new double[2][0]);
    }

    // ------------------------------------------------------------------ alignment

    /** Aligns two texts tokenised with {@link #tokenize}. */
    public List<AlignedPair> align(String reference, String observed) {
        return align(tokenize(reference), tokenize(observed));
    }

    /**
     * Aligns two token sequences (tokens must not contain whitespace). Every reference token
     * and every observed token appears in exactly one pair, in order.
     */
    public List<AlignedPair> align(List<String> reference, List<String> observed) {
        Work w = new Work(reference, observed);
        int[][] pins = anchors(w);
        List<AlignedPair> out = new ArrayList<>(Math.max(reference.size(), observed.size()) + 16);
        int pi = -1;
        int pj = -1;
        for (int[] pin : pins) {
            alignStretch(w, pi + 1, pin[0], pj + 1, pin[1], out);
            out.add(new AlignedPair(reference.get(pin[0]), observed.get(pin[1]), Op.MATCH_OR_SUB));
            pi = pin[0];
            pj = pin[1];
        }
        alignStretch(w, pi + 1, reference.size(), pj + 1, observed.size(), out);
        return out;
    }

    /** Per-call state: folded tokens and scratch space. */
    private static final class Work {
        final List<String> a;
        final List<String> b;
        final char[][] fa;
        final char[][] fb;
        final char[][] fa2; // fa[i] + fa[i+1]
        final char[][] fb2;
        final double[] delA;
        final double[] insB;
        final double[][] rows = new double[2][0];

        Work(List<String> a, List<String> b) {
            this.a = a;
            this.b = b;
            fa = foldAll(a);
            fb = foldAll(b);
            fa2 = pairs(fa);
            fb2 = pairs(fb);
            delA = indels(a);
            insB = indels(b);
        }

        private static char[][] foldAll(List<String> toks) {
            char[][] f = new char[toks.size()][];
            for (int i = 0; i < f.length; i++) {
                String t = toks.get(i);
                for (int k = 0; k < t.length(); k++) {
                    if (isSpace(t.charAt(k))) {
                        throw new IllegalArgumentException("token contains whitespace: \"" + t + "\"");
                    }
                }
                f[i] = fold(t).toCharArray();
            }
            return f;
        }

        private static char[][] pairs(char[][] f) {
            char[][] p = new char[Math.max(0, f.length - 1)][];
            for (int i = 0; i + 1 < f.length; i++) {
                p[i] = Arrays.copyOf(f[i], f[i].length + f[i + 1].length);
                System.arraycopy(f[i + 1], 0, p[i], f[i].length, f[i + 1].length);
            }
            return p;
        }

        /** Cost of losing or inventing each token, by how many letters and digits it has. */
        private static double[] indels(List<String> toks) {
            double[] c = new double[toks.size()];
            for (int i = 0; i < c.length; i++) {
                long alnum = toks.get(i).codePoints().filter(Character::isLetterOrDigit).limit(2).count();
                c[i] = alnum == 0 ? JUNK_INDEL : alnum == 1 ? SHORT_INDEL : WORD_INDEL;
            }
            return c;
        }

        double del(int i) {
            return delA[i];
        }

        double ins(int j) {
            return insB[j];
        }
    }

    /**
     * Anchor pins: (ref index, observed index) pairs, strictly increasing in both, of tokens in
     * trigrams whose punctuation-free folded form is unique in both texts and in the same order.
     */
    private static int[][] anchors(Work w) {
        String[] ka = keys(w.fa);
        String[] kb = keys(w.fb);
        Map<String, Integer> posA = uniqueTrigrams(ka);
        Map<String, Integer> posB = uniqueTrigrams(kb);
        // candidates in increasing reference order
        List<int[]> cand = new ArrayList<>();
        for (int i = 0; i + 2 < ka.length; i++) {
            String key = trigram(ka, i);
            if (key == null) {
                continue;
            }
            Integer pa = posA.get(key);
            Integer pb = posB.get(key);
            if (pa != null && pa >= 0 && pb != null && pb >= 0) {
                cand.add(new int[] {i, pb});
            }
        }
        List<int[]> chain = longestIncreasing(cand);
        List<int[]> pins = new ArrayList<>();
        int lastI = -1;
        int lastJ = -1;
        for (int[] c : chain) {
            for (int k = 0; k < 3; k++) {
                int i = c[0] + k;
                int j = c[1] + k;
                if (i > lastI && j > lastJ) {
                    pins.add(new int[] {i, j});
                    lastI = i;
                    lastJ = j;
                }
            }
        }
        return pins.toArray(new int[0][]);
    }

    private static String[] keys(char[][] folded) {
        String[] k = new String[folded.length];
        for (int i = 0; i < folded.length; i++) {
            StringBuilder sb = new StringBuilder(folded[i].length);
            for (char c : folded[i]) {
                if (Character.isLetterOrDigit(c)) {
                    sb.append(c);
                }
            }
            k[i] = sb.toString();
        }
        return k;
    }

    private static String trigram(String[] k, int i) {
        if (k[i].isEmpty() || k[i + 1].isEmpty() || k[i + 2].isEmpty()
                || k[i].length() + k[i + 1].length() + k[i + 2].length() < MIN_ANCHOR_CHARS) {
            return null;
        }
        return k[i] + ' ' + k[i + 1] + ' ' + k[i + 2];
    }

    /** Trigram → its start index when it occurs once, -1 when it occurs more often. */
    private static Map<String, Integer> uniqueTrigrams(String[] k) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 2 < k.length; i++) {
            String key = trigram(k, i);
            if (key != null) {
                m.merge(key, i, (old, cur) -> -1);
            }
        }
        return m;
    }

    /** Longest chain strictly increasing in both coordinates; input sorted by [0] ascending. */
    private static List<int[]> longestIncreasing(List<int[]> cand) {
        int n = cand.size();
        int[] tailIdx = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int x = 0; x < n; x++) {
            int j = cand.get(x)[1];
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cand.get(tailIdx[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[x] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = x;
            if (lo == len) {
                len++;
            }
        }
        List<int[]> chain = new ArrayList<>(len);
        for (int x = len > 0 ? tailIdx[len - 1] : -1; x >= 0; x = prev[x]) {
            chain.add(cand.get(x));
        }
        Collections.reverse(chain);
        return chain;
    }

    private static final byte NONE = 0;
    private static final byte SUB = 1;
    private static final byte SPL = 2;
    private static final byte MRG = 3;
    private static final byte DEL = 4;
    private static final byte INS = 5;

    /** DP over reference [i0, i1) × observed [j0, j1), appending pairs to {@code out}. */
    private void alignStretch(Work w, int i0, int i1, int j0, int j1, List<AlignedPair> out) {
        int n = i1 - i0;
        int m = j1 - j0;
        if (n == 0 && m == 0) {
            return;
        }
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        if ((long) (n + 1) * (m + 1) <= FULL_DP_CELLS || n == 0) {
            Arrays.fill(hi, m);
        } else {
            int half = BAND + (int) Math.ceil((double) m / n);
            for (int i = 0; i <= n; i++) {
                long c = Math.round((double) i * m / n);
                lo[i] = (int) Math.max(0, c - half);
                hi[i] = (int) Math.min(m, c + half);
            }
        }
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            int width = hi[i] - lo[i] + 1;
            double[] row = new double[width];
            byte[] brow = new byte[width];
            cost[i] = row;
            back[i] = brow;
            for (int j = lo[i]; j <= hi[i]; j++) {
                double best = (i == 0 && j == 0) ? 0 : INF;
                byte how = NONE;
                if (i > 0 && j > 0) {
                    double p = at(cost, lo, hi, i - 1, j - 1);
                    if (p < best) {
                        double c = p + editCost(w.fa[i0 + i - 1], w.fb[j0 + j - 1], w.rows);
                        if (c < best - EPS) {
                            best = c;
                            how = SUB;
                        }
                    }
                }
                if (i > 0 && j > 1) {
                    double p = at(cost, lo, hi, i - 1, j - 2) + SPLIT_MERGE_PENALTY;
                    if (p < best - EPS) {
                        double c = p + editCost(w.fa[i0 + i - 1], w.fb2[j0 + j - 2], w.rows);
                        if (c < best - EPS) {
                            best = c;
                            how = SPL;
                        }
                    }
                }
                if (i > 1 && j > 0) {
                    double p = at(cost, lo, hi, i - 2, j - 1) + SPLIT_MERGE_PENALTY;
                    if (p < best - EPS) {
                        double c = p + editCost(w.fa2[i0 + i - 2], w.fb[j0 + j - 1], w.rows);
                        if (c < best - EPS) {
                            best = c;
                            how = MRG;
                        }
                    }
                }
                if (i > 0) {
                    double c = at(cost, lo, hi, i - 1, j) + w.del(i0 + i - 1);
                    if (c < best - EPS) {
                        best = c;
                        how = DEL;
                    }
                }
                if (j > 0) {
                    double c = (j - 1 >= lo[i] ? row[j - 1 - lo[i]] : INF) + w.ins(j0 + j - 1);
                    if (c < best - EPS) {
                        best = c;
                        how = INS;
                    }
                }
                row[j - lo[i]] = best;
                brow[j - lo[i]] = how;
            }
        }
        // trace back
        List<AlignedPair> rev = new ArrayList<>(n + m);
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte how = back[i][j - lo[i]];
            switch (how) {
                case SUB -> {
                    rev.add(new AlignedPair(w.a.get(i0 + i - 1), w.b.get(j0 + j - 1), Op.MATCH_OR_SUB));
                    i--;
                    j--;
                }
                case SPL -> {
                    rev.add(new AlignedPair(w.a.get(i0 + i - 1),
                            w.b.get(j0 + j - 2) + ' ' + w.b.get(j0 + j - 1), Op.SPLIT));
                    i--;
                    j -= 2;
                }
                case MRG -> {
                    rev.add(new AlignedPair(w.a.get(i0 + i - 2) + ' ' + w.a.get(i0 + i - 1),
                            w.b.get(j0 + j - 1), Op.MERGE));
                    i -= 2;
                    j--;
                }
                case DEL -> {
                    rev.add(new AlignedPair(w.a.get(i0 + i - 1), "", Op.DELETED));
                    i--;
                }
                case INS -> {
                    rev.add(new AlignedPair("", w.b.get(j0 + j - 1), Op.INSERTED));
                    j--;
                }
                default -> throw new IllegalStateException("no path at " + i + "," + j);
            }
        }
        Collections.reverse(rev);
        out.addAll(rev);
    }

    private static double at(double[][] cost, int[] lo, int[] hi, int i, int j) {
        return j >= lo[i] && j <= hi[i] ? cost[i][j - lo[i]] : INF;
    }

    /** Weighted edit distance of two folded strings divided by the longer length; 0 for two empties. */
    static double editCost(char[] x, char[] y, double[][] rows) {
        int n = x.length;
        int m = y.length;
        int len = Math.max(n, m);
        if (len == 0) {
            return 0;
        }
        if (rows[0].length < m + 1) {
            rows[0] = new double[m + 1];
            rows[1] = new double[m + 1];
        }
        double[] prev = rows[0];
        double[] cur = rows[1];
        prev[0] = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(y[j - 1]);
        }
        for (int i = 1; i <= n; i++) {
            char cx = x[i - 1];
            double dx = indel(cx);
            cur[0] = prev[0] + dx;
            for (int j = 1; j <= m; j++) {
                char cy = y[j - 1];
                double v = prev[j - 1] + sub(cx, cy);
                double d = prev[j] + dx;
                if (d < v) {
                    v = d;
                }
                double in = cur[j - 1] + indel(cy);
                if (in < v) {
                    v = in;
                }
                cur[j] = v;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(1.0, prev[m] / len);
    }

    private static double indel(char c) {
        return Character.isLetterOrDigit(c) ? INDEL_CHAR : INDEL_PUNCT_CHAR;
    }

    static double sub(char x, char y) {
        if (x == y) {
            return 0;
        }
        if (x < 128 && y < 128) {
            return ASCII_SUB[x][y];
        }
        boolean lx = Character.isLetterOrDigit(x);
        boolean ly = Character.isLetterOrDigit(y);
        return !lx && !ly ? SUB_PUNCT : SUB_OTHER;
    }
}
