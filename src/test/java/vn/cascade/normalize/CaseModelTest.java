package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseModelTest {

    @Test
    void syllablesWrittenWithACapitalInsideLines_weighForACapitalisedWord() {
        CaseModel.Counter counter = new CaseModel.Counter();
        counter.add(String.join("\n",
                "Tỉnh ủy Bắc Giang và Ban Thường vụ Huyện ủy Bắc Hà chỉ đạo các cấp học, bậc học.",
                "Bậc thang lương được nâng theo lộ trình của tỉnh Bắc Ninh.",
                "KẾ HOẠCH BẬC HỌC",
                "Bắc"));
        CaseModel cases = counter.build();
        // "Bắc" is capitalised three times inside lines; "bậc" once in lower case there (its capital
        // at the line's start and its capitals in a heading say nothing)
        assertThat(cases.capitalLogRatio("bắc")).isPositive();
        assertThat(cases.capitalLogRatio("bậc")).isNegative();
        assertThat(cases.capitalLogRatio("bắc")).isGreaterThan(cases.capitalLogRatio("bậc"));
        assertThat(cases.capitalLogRatio("unseen")).isZero();
    }

    @Test
    void onlyAWordAfterAnotherOfTheSameSentenceAndLine_isInsideALine() {
        String text = "Ban Tham mưu. Bậc học\n- Ban Chỉ huy";
        var tokens = TextTokens.tokenize(text);
        assertThat(CaseModel.insideLine(text, tokens, 0)).isFalse(); // Ban: the line's start
        assertThat(CaseModel.insideLine(text, tokens, 1)).isTrue(); // Tham
        assertThat(CaseModel.insideLine(text, tokens, 3)).isFalse(); // Bậc: after a period
        assertThat(CaseModel.insideLine(text, tokens, 5)).isFalse(); // Ban: the next line's start
        assertThat(CaseModel.capitalised("Bac")).isTrue();
        assertThat(CaseModel.capitalised("bac")).isFalse();
        assertThat(CaseModel.capitalised("BAC")).isNull();
    }

    @Test
    void savedCounts_loadAsTheSameModel(@TempDir Path dir) throws Exception {
        CaseModel.Counter counter = new CaseModel.Counter();
        counter.add("Tỉnh Bắc Giang, các bậc học và cấp học");
        CaseModel cases = counter.build();
        cases.save(dir.resolve("case.tsv"));
        CaseModel loaded = CaseModel.load(dir.resolve("case.tsv"));
        assertThat(loaded.capitalLogRatio("bắc")).isEqualTo(cases.capitalLogRatio("bắc"));
        assertThat(CaseModel.load(dir.resolve("absent.tsv")).isEmpty()).isTrue();
        assertThat(Files.readString(dir.resolve("case.tsv"))).contains("bắc\t1\t0");
    }
}
