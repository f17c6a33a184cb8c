package vn.cascade.normalize.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.cascade.normalize.train.TokenAligner.AlignedPair;
import vn.cascade.normalize.train.TokenAligner.Op;

class TokenAlignerTest {

    private final TokenAligner aligner = new TokenAligner();

    private static AlignedPair sub(String intended, String observed) {
        return new AlignedPair(intended, observed, Op.MATCH_OR_SUB);
    }

    /** Plan prose in the genre of the seeds, used to build long pages. */
    private static final String PLAN = """
            Nhằm triển khai, tổ chức thực hiện đồng bộ các nhiệm vụ, giải pháp nêu trong Chỉ thị số 50-CT/TW \
            của Ban Bí thư phù hợp với tình hình thực tế của Đảng bộ phường; qua đó, giúp các cấp ủy, tổ chức \
            đảng, cán bộ, đảng viên nhận thức sâu sắc về ý nghĩa, tầm quan trọng của sinh hoạt chi bộ. Các cấp \
            ủy, tổ chức đảng triển khai thực hiện Chỉ thị và Kế hoạch của Ban Thường vụ Thành ủy với các giải \
            pháp toàn diện, đồng bộ, thống nhất, có trọng tâm, trọng điểm; bảo đảm thực chất, hiệu quả, tuyệt \
            đối tránh biểu hiện hình thức, chiếu lệ. Việc tổ chức thực hiện phải được tiến hành kiên trì, \
            thường xuyên, với quyết tâm chính trị cao, tạo chuyển biến mạnh mẽ trong việc nâng cao chất lượng \
            sinh hoạt chi bộ. Quá trình thực hiện cần gắn với việc triển khai Kết luận số 21-KL/TW, ngày \
            25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; \
            kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, \
            lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ.""";

    // ------------------------------------------------------------------ 1:1

    @Test
    void aCleanCopyAlignsOneToOneWithEveryTokenMatched() {
        List<AlignedPair> pairs = aligner.align(PLAN, PLAN);

        List<String> tokens = TokenAligner.tokenize(PLAN);
        assertThat(pairs).hasSize(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(pairs.get(i)).isEqualTo(sub(tokens.get(i), tokens.get(i)));
        }
    }

    @Test
    void aCopyWithAllDiacriticsLostStillAlignsOneToOne() {
        String stripped = Normalizer.normalize(PLAN, Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").replace('đ', 'd').replace('Đ', 'D');

        List<AlignedPair> pairs = aligner.align(PLAN, stripped);

        assertThat(pairs).extracting(AlignedPair::op).containsOnly(Op.MATCH_OR_SUB);
        assertThat(pairs).contains(sub("Đảng", "Dang"), sub("nghiêm", "nghiem"));
    }

    @Test
    void seedStyleDamageAlignsEachWordWithWhatTheOcrMadeOfIt() {
        List<AlignedPair> pairs = aligner.align(
                "Chỉ thị số 50-CT/TW của Ban Bí thư",
                "Chi thi s6 50-CT/TW ctia Ban Bi thw");

        assertThat(pairs).containsExactly(
                sub("Chỉ", "Chi"), sub("thị", "thi"), sub("số", "s6"), sub("50-CT/TW", "50-CT/TW"),
                sub("của", "ctia"), sub("Ban", "Ban"), sub("Bí", "Bi"), sub("thư", "thw"));
    }

    @Test
    void lettersConfusedByTheEnglishModelStillPairWithTheirWords() {
        List<AlignedPair> pairs = aligner.align(
                "phù hợp với tình hình của Đảng bộ phường, qua đó, giúp các cấp ủy, tổ chức đảng phải được",
                "pht hop véi tinh hinh cia Pang b phuong, qua do, g1up céc cap uy, td chirc dang phai dugc");

        assertThat(pairs).extracting(AlignedPair::op).containsOnly(Op.MATCH_OR_SUB);
        assertThat(pairs).contains(
                sub("với", "véi"), sub("của", "cia"), sub("Đảng", "Pang"), sub("bộ", "b"),
                sub("giúp", "g1up"), sub("tổ", "td"), sub("chức", "chirc"), sub("được", "dugc"));
    }

    // ------------------------------------------------------------------ splits and merges

    @Test
    void twoWordsRunTogetherByTheOcrAreOneMerge() {
        List<AlignedPair> pairs = aligner.align("các đảng bộ trực thuộc Thành ủy", "cac dang b6 trircthuc Thanh ty");

        assertThat(pairs).containsExactly(
                sub("các", "cac"), sub("đảng", "dang"), sub("bộ", "b6"),
                new AlignedPair("trực thuộc", "trircthuc", Op.MERGE),
                sub("Thành", "Thanh"), sub("ủy", "ty"));
    }

    @Test
    void wordsJoinedByStrayPunctuationAreAMerge() {
        assertThat(aligner.align("tránh biểu hiện hình thức, chiếu lệ. Việc", "tranh biéu hién hinh thitc, chiéu.lé. Viéc"))
                .contains(new AlignedPair("chiếu lệ.", "chiéu.lé.", Op.MERGE));
    }

    @Test
    void oneWordBrokenInTwoByTheOcrIsASplit() {
        List<AlignedPair> pairs = aligner.align("xây dựng Đảng và hệ thống", "xay dung Đ ảng va hé thong");

        assertThat(pairs).containsExactly(
                sub("xây", "xay"), sub("dựng", "dung"), new AlignedPair("Đảng", "Đ ảng", Op.SPLIT),
                sub("và", "va"), sub("hệ", "hé"), sub("thống", "thong"));
    }

    @Test
    void aDocumentNumberWithAStraySpaceIsASplit() {
        assertThat(aligner.align("Kết luận số 18-KL/TW, ngày 18/5/2021", "Két luan s6 1 8-KL/TW, ngay 18/5/2021"))
                .contains(sub("số", "s6"), new AlignedPair("18-KL/TW,", "1 8-KL/TW,", Op.SPLIT));
    }

    // ------------------------------------------------------------------ insertions and deletions

    @Test
    void speckleReadAsAnUnderscoreIsInserted() {
        List<AlignedPair> pairs = aligner.align("được tiến hành kiên trì", "duoc tién _ hanh kién tri");

        assertThat(pairs).containsExactly(
                sub("được", "duoc"), sub("tiến", "tién"), new AlignedPair("", "_", Op.INSERTED),
                sub("hành", "hanh"), sub("kiên", "kién"), sub("trì", "tri"));
    }

    @Test
    void junkNextToAWordIsInsertedRatherThanGluedOnAsASplit() {
        assertThat(aligner.align("nâng cao chất lượng sinh hoạt", "nang cao chat ' Iuong sinh hoat ."))
                .contains(new AlignedPair("", "'", Op.INSERTED), sub("lượng", "Iuong"),
                        new AlignedPair("", ".", Op.INSERTED))
                .filteredOn(p -> p.op() == Op.SPLIT).isEmpty();
    }

    @Test
    void aStrayLetterAfterAWordIsInsertedRatherThanGluedOnAsASplit() {
        assertThat(aligner.align("Ban Thường vụ Thành ủy", "Ban Thuong v vu Thanh t ty"))
                .containsExactly(sub("Ban", "Ban"), sub("Thường", "Thuong"), new AlignedPair("", "v", Op.INSERTED),
                        sub("vụ", "vu"), sub("Thành", "Thanh"), new AlignedPair("", "t", Op.INSERTED), sub("ủy", "ty"));
    }

    @Test
    void aWordTheOcrLostIsDeleted() {
        List<AlignedPair> pairs = aligner.align("phải được tiến hành kiên trì", "phai dugc tién kién tri");

        assertThat(pairs).containsExactly(
                sub("phải", "phai"), sub("được", "dugc"), sub("tiến", "tién"),
                new AlignedPair("hành", "", Op.DELETED), sub("kiên", "kién"), sub("trì", "tri"));
    }

    @Test
    void emptySidesGiveOnlyDeletionsOrInsertions() {
        assertThat(aligner.align("hai từ", "")).containsExactly(
                new AlignedPair("hai", "", Op.DELETED), new AlignedPair("từ", "", Op.DELETED));
        assertThat(aligner.align("", "_ .")).extracting(AlignedPair::op).containsOnly(Op.INSERTED);
        assertThat(aligner.align("", "")).isEmpty();
    }

    // ------------------------------------------------------------------ whole pages

    @Test
    void aDamagedPageOf400TokensAlignsCorrectlyInWellUnderASecond() {
        Damaged page = damage(tokensOfLength(400), new Random(7));

        long t0 = System.nanoTime();
        List<AlignedPair> pairs = aligner.align(page.reference, page.observed);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(ms).as("milliseconds for a 400-token page").isLessThan(1000);
        assertEveryTokenOnceInOrder(pairs, page.reference, page.observed);
        assertThat(agreement(pairs, page.expected)).as("share of the true pairs found").isGreaterThan(0.95);
    }

    @Test
    void aLongDocumentWithALostLineStaysAlignedAfterIt() {
        List<String> ref = tokensOfLength(3000);
        Damaged doc = damage(ref, new Random(11));
        // the OCR lost a whole line of 12 words a third of the way in
        int at = doc.observed.size() / 3;
        List<String> observed = new ArrayList<>(doc.observed.subList(0, at));
        observed.addAll(doc.observed.subList(at + 12, doc.observed.size()));

        long t0 = System.nanoTime();
        List<AlignedPair> pairs = aligner.align(ref, observed);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(ms).as("milliseconds for 3000 tokens").isLessThan(3000);
        assertEveryTokenOnceInOrder(pairs, ref, observed);
        assertThat(agreement(pairs, doc.expected)).isGreaterThan(0.93);
    }

    @Test
    void linesTheOcrMovedCostSomePairsButNotTheRestOfThePage() {
        List<String> ref = tokensOfLength(400);
        Damaged page = damage(ref, new Random(5));
        // a header line of the reference comes out 40 tokens later in the OCR
        List<String> observed = new ArrayList<>(page.observed);
        List<String> header = new ArrayList<>(observed.subList(0, 8));
        observed.subList(0, 8).clear();
        observed.addAll(40, header);

        List<AlignedPair> pairs = aligner.align(ref, observed);

        assertEveryTokenOnceInOrder(pairs, ref, observed);
        assertThat(agreement(pairs, page.expected)).isGreaterThan(0.85);
    }

    // ------------------------------------------------------------------ helpers offered

    @Test
    void punctuationCanBeSeparatedFromATokenWithoutTouchingInnerPunctuation() {
        assertThat(TokenAligner.splitPunctuation("“tự")).isEqualTo(new TokenAligner.Punctuated("“", "tự", ""));
        assertThat(TokenAligner.splitPunctuation("50-CT/TW;")).isEqualTo(new TokenAligner.Punctuated("", "50-CT/TW", ";"));
        assertThat(TokenAligner.splitPunctuation("(hoàn")).isEqualTo(new TokenAligner.Punctuated("(", "hoàn", ""));
        assertThat(TokenAligner.splitPunctuation("_").core()).isEmpty();
        assertThat(TokenAligner.splitPunctuation("biến”,").whole()).isEqualTo("biến”,");
    }

    @Test
    void foldingRemovesCaseAndDiacriticsAndMapsDToD() {
        assertThat(TokenAligner.fold("Đảng")).isEqualTo("dang");
        assertThat(TokenAligner.fold("NGHIÊM")).isEqualTo("nghiem");
        assertThat(TokenAligner.fold("chức,")).isEqualTo("chuc,");
    }

    @Test
    void lookAlikeDigitsAreCheaperThanOtherLettersAndStrangersCostMost() {
        assertThat(aligner.pairCost("số", "s6")).isLessThan(aligner.pairCost("số", "sk"));
        assertThat(aligner.pairCost("giúp", "g1up")).isLessThan(aligner.pairCost("giúp", "gxup"));
        assertThat(aligner.pairCost("Đảng", "dang")).isZero();
        assertThat(aligner.pairCost("của", "xkm")).isEqualTo(1.0);
    }

    @Test
    void tokensMustNotContainWhitespace() {
        assertThatThrownBy(() -> aligner.align(List.of("a b"), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ fixtures

    private static List<String> tokensOfLength(int n) {
        List<String> base = TokenAligner.tokenize(PLAN);
        List<String> out = new ArrayList<>(n);
        for (int k = 0; out.size() < n; k++) {
            out.add(base.get(k % base.size()));
        }
        return out;
    }

    private record Damaged(List<String> reference, List<String> observed, List<AlignedPair> expected) {
    }

    /**
     * English-model-like damage with a known true alignment: diacritics lost, ô→6, ư→w, đ→d,
     * Đ→P; 2 % words lost, 3 % merged with the next, 3 % split, 3 % followed by junk.
     */
    private static Damaged damage(List<String> ref, Random rnd) {
        List<String> obs = new ArrayList<>();
        List<AlignedPair> expected = new ArrayList<>();
        for (int i = 0; i < ref.size(); i++) {
            String w = ref.get(i);
            double r = rnd.nextDouble();
            if (r < 0.02) {
                expected.add(new AlignedPair(w, "", Op.DELETED));
            } else if (r < 0.05 && i + 1 < ref.size()) {
                String merged = read(w, rnd) + read(ref.get(i + 1), rnd);
                obs.add(merged);
                expected.add(new AlignedPair(w + " " + ref.get(i + 1), merged, Op.MERGE));
                i++;
            } else if (r < 0.08 && w.length() >= 4) {
                String d = read(w, rnd);
                int cut = 1 + rnd.nextInt(d.length() - 1);
                obs.add(d.substring(0, cut));
                obs.add(d.substring(cut));
                expected.add(new AlignedPair(w, d.substring(0, cut) + " " + d.substring(cut), Op.SPLIT));
            } else {
                String d = read(w, rnd);
                obs.add(d);
                expected.add(sub(w, d));
            }
            if (rnd.nextDouble() < 0.03) {
                String junk = rnd.nextBoolean() ? "_" : ".";
                obs.add(junk);
                expected.add(new AlignedPair("", junk, Op.INSERTED));
            }
        }
        return new Damaged(ref, obs, expected);
    }

    private static String read(String word, Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1);
            boolean hat = "ôốồổỗộ".indexOf(c) >= 0;
            boolean horn = "ưứừửữự".indexOf(c) >= 0;
            if (hat && rnd.nextDouble() < 0.5) {
                sb.append('6');
            } else if (horn && rnd.nextDouble() < 0.3) {
                sb.append('w');
            } else if (c == 'đ') {
                sb.append('d');
            } else if (c == 'Đ') {
                sb.append(rnd.nextBoolean() ? 'P' : 'D');
            } else {
                sb.append(base);
            }
        }
        return sb.toString();
    }

    /** Share of the true pairs (as a multiset) that the alignment found. */
    private static double agreement(List<AlignedPair> found, List<AlignedPair> expected) {
        Map<AlignedPair, Integer> bag = new HashMap<>();
        for (AlignedPair p : found) {
            bag.merge(p, 1, Integer::sum);
        }
        int hit = 0;
        for (AlignedPair p : expected) {
            Integer c = bag.get(p);
            if (c != null && c > 0) {
                hit++;
                bag.put(p, c - 1);
            }
        }
        return (double) hit / expected.size();
    }

    /** Every token of both sides appears once, in order, in the pairs. */
    private static void assertEveryTokenOnceInOrder(List<AlignedPair> pairs, List<String> ref, List<String> obs) {
        List<String> r = new ArrayList<>();
        List<String> o = new ArrayList<>();
        for (AlignedPair p : pairs) {
            if (!p.intended().isEmpty()) {
                r.addAll(List.of(p.intended().split(" ")));
            }
            if (!p.observed().isEmpty()) {
                o.addAll(List.of(p.observed().split(" ")));
            }
        }
        assertThat(r).isEqualTo(ref);
        assertThat(o).isEqualTo(obs);
    }
}
