package vn.cascade.normalize.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.normalize.train.TokenAligner.AlignedPair;
import vn.cascade.normalize.train.TokenAligner.Op;
import vn.cascade.ocr.OcrConfig;
import vn.cascade.ocr.OcrEngine;

class SyntheticOcrCorpusTest {

    private static final List<String> LINES = List.of(
            "**KẾ HOẠCH** thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư",
            "Các cấp ủy, tổ chức đảng triển khai thực hiện với các giải pháp đồng bộ.",
            "Ban Tổ chức Thành ủy chủ trì, phối hợp với Ủy ban Kiểm tra Thành ủy hướng dẫn.",
            "Quá trình thực hiện cần gắn với việc xây dựng, chỉnh đốn Đảng và hệ thống chính trị.");

    @Test
    void ocrWithTheEnglishModelLosesDiacriticsButKeepsWordsAligned() {
        OcrConfig eng = OcrConfig.defaults().withLanguages("eng");
        assumeTrue(OcrEngine.available(eng), "Tesseract with eng.traineddata is installed");

        List<AlignedPair> pairs;
        try (OcrEngine engine = new OcrEngine(eng, 1)) {
            pairs = new SyntheticOcrCorpus().make(LINES, RenderOptions.defaults().withSeed(17), engine);
        }
        pairs.stream().filter(p -> !p.intended().equals(p.observed()))
                .forEach(p -> System.out.printf("eng OCR damage: %s -> %s (%s)%n", p.intended(), p.observed(), p.op()));

        long subs = pairs.stream().filter(p -> p.op() == Op.MATCH_OR_SUB).count();
        assertThat((double) subs / pairs.size()).as("share of 1:1 pairs").isGreaterThan(0.8);
        assertThat(pairs).as("an accented word read without its diacritics")
                .anySatisfy(p -> {
                    assertThat(p.op()).isEqualTo(Op.MATCH_OR_SUB);
                    assertThat(p.intended()).matches(".*[^\\x00-\\x7F].*");
                    assertThat(p.observed()).isNotEqualTo(p.intended());
                });
        List<String> intended = pairs.stream().map(AlignedPair::intended).filter(s -> !s.isEmpty())
                .flatMap(s -> Stream.of(s.split(" "))).toList();
        assertThat(intended).as("the reference comes through whole, in order")
                .isEqualTo(TokenAligner.tokenize(String.join(" ", PageRenderer.visibleText(LINES))));
    }

    @Test
    void variationsAreDeterministicAndSpanTheAgreedRanges() {
        List<RenderOptions> v = SyntheticOcrCorpus.variations(42, 30);

        assertThat(v).hasSize(30).isEqualTo(SyntheticOcrCorpus.variations(42, 30));
        assertThat(v).isNotEqualTo(SyntheticOcrCorpus.variations(43, 30));
        assertThat(v).extracting(RenderOptions::fontFamily)
                .containsOnlyElementsOf(SyntheticOcrCorpus.FONT_FAMILIES)
                .containsAll(SyntheticOcrCorpus.FONT_FAMILIES);
        assertThat(v).allSatisfy(o -> {
            assertThat(o.fontSizePt()).isBetween(11.0, 14.0);
            assertThat(o.speckleDensity()).isBetween(0.0, 0.0004);
            assertThat(o.skewDegrees()).isBetween(0.0, 0.8);
        });
        assertThat(v).filteredOn(RenderOptions::blur).hasSize(10);
        assertThat(v).extracting(RenderOptions::seed).doesNotHaveDuplicates();
    }

    @Test
    void pairsSurviveATsvRoundTripAsNfcUtf8(@TempDir Path dir) throws Exception {
        List<AlignedPair> pairs = List.of(
                new AlignedPair("số", "s6", Op.MATCH_OR_SUB),
                new AlignedPair("Đảng", "Đ ảng", Op.SPLIT),
                new AlignedPair("trực thuộc", "trircthuc", Op.MERGE),
                new AlignedPair("hành", "", Op.DELETED),
                new AlignedPair("", "_", Op.INSERTED),
                // decomposed input (o + combining circumflex + combining acute) is written composed
                new AlignedPair("so\u0302\u0301", "s6", Op.MATCH_OR_SUB));
        Path file = dir.resolve("pairs.tsv");

        SyntheticOcrCorpus.writeTsv(pairs, file);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).startsWith(
                "số\ts6\tMATCH_OR_SUB", "Đảng\tĐ ảng\tSPLIT", "trực thuộc\ttrircthuc\tMERGE",
                "hành\t\tDELETED", "\t_\tINSERTED");
        List<AlignedPair> back = SyntheticOcrCorpus.readTsv(file);
        assertThat(back).hasSize(6).startsWith(pairs.subList(0, 5).toArray(AlignedPair[]::new));
        assertThat(back.get(5)).isEqualTo(new AlignedPair("số", "s6", Op.MATCH_OR_SUB));
    }

    @Test
    void aTokenHoldingATabOrLineBreakIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("bad.tsv");
        assertThatThrownBy(() -> SyntheticOcrCorpus.writeTsv(
                List.of(new AlignedPair("a\tb", "a", Op.MATCH_OR_SUB)), file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticOcrCorpus.writeTsv(
                List.of(new AlignedPair("a", "b\nc", Op.MATCH_OR_SUB)), file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticOcrCorpus.writeTsv(
                List.of(new AlignedPair("a  b", "ab", Op.MERGE)), file))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
