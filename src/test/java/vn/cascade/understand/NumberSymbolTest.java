package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSymbolTest {

    private static String canonical(String s) {
        return NumberSymbol.parse(s).map(NumberSymbol::canonical).orElse(null);
    }

    @Test
    void parse_clean_givesParts() {
        NumberSymbol ns = NumberSymbol.parse("50-CT/TW").orElseThrow();

        assertThat(ns.number()).isEqualTo("50");
        assertThat(ns.typeCode()).isEqualTo("CT");
        assertThat(ns.issuerCode()).isEqualTo("TW");
        assertThat(ns.canonical()).isEqualTo("50-CT/TW");
        assertThat(ns.typeName()).isEqualTo("Chỉ thị");
    }

    @ParameterizedTest
    @CsvSource({
            "16-KH/ĐU, 16-KH/ĐU",
            "2866-QĐ/TU, 2866-QĐ/TU",
            "06-HD/BTGDVTU, 06-HD/BTGDVTU",
            "' 09-KH/TU ', 09-KH/TU"})
    void canonical_cleanSpellings_unchanged(String written, String expected) {
        assertThat(canonical(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50 -CT/TW", "50- CT/TW", "50 - CT/TW", "50-CT /TW", "50–CT/TW"})
    void parse_spacedOrDashedHyphen_isSameSymbol(String written) {
        assertThat(canonical(written)).isEqualTo("50-CT/TW");
    }

    @Test
    void parse_digitSplitOff_joinsNumber() {
        assertThat(canonical("1 8-KL/TW")).isEqualTo("18-KL/TW");
        assertThat(canonical("1 0-CT/TW")).isEqualTo("10-CT/TW");
    }

    @Test
    void parse_lineBreakAfterHyphen_joins() {
        assertThat(canonical("21-\nNQ/TW")).isEqualTo("21-NQ/TW");
    }

    @ParameterizedTest
    @CsvSource({
            "16-KH/DU, 16-KH/ĐU",
            "22-KH/PU, 22-KH/ĐU",
            "22 -KH/PU, 22-KH/ĐU",
            "89-KL/DUK, 89-KL/ĐUK",
            "89-KL/PUK, 89-KL/ĐUK",
            "16-KH/ÐU, 16-KH/ĐU",
            "211-KH/DUCA, 211-KH/ĐUCA",
            "05-Qbi/ĐU, 05-QĐi/ĐU"})
    void parse_ocrLookAlikesOfĐInIssuerCode_giveĐU(String written, String expected) {
        assertThat(canonical(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2866-QD/TU, 2866-QĐ/TU, Quyết định",
            "2866-QP/TU, 2866-QĐ/TU, Quyết định",
            "12-QDi/TU, 12-QĐi/TU, Quy định",
            "13-QDl/TU, 13-QĐi/TU, Quy định",
            "14-QPi/TU, 14-QĐi/TU, Quy định",
            "14-QĐi/TU, 14-QĐi/TU, Quy định",
            "24-CTr/TU, 24-CTr/TU, Chương trình",
            "24-CTR/TU, 24-CTr/TU, Chương trình"})
    void parse_ocrTypeCodes_canonical(String written, String expected, String typeName) {
        NumberSymbol ns = NumberSymbol.parse(written).orElseThrow();

        assertThat(ns.canonical()).isEqualTo(expected);
        assertThat(ns.typeName()).isEqualTo(typeName);
    }

    @Test
    void parse_otherIssuerCodes_keepTheirD() {
        assertThat(canonical("06-HD/BTGDVTU")).isEqualTo("06-HD/BTGDVTU");
        assertThat(canonical("05-HD/BTCTW")).isEqualTo("05-HD/BTCTW");
    }

    @Test
    void parse_singleDigit_isPaddedToTwo() {
        assertThat(canonical("9-KH/TU")).isEqualTo("09-KH/TU");
        assertThat(canonical("009-KH/TU")).isEqualTo("09-KH/TU");
    }

    @ParameterizedTest
    @CsvSource({
            "CT, Chỉ thị", "KH, Kế hoạch", "HD, Hướng dẫn", "QĐ, Quyết định", "QĐi, Quy định",
            "KL, Kết luận", "NQ, Nghị quyết", "TB, Thông báo", "BC, Báo cáo", "CTr, Chương trình"})
    void typeName_everyCodeOfTheGenre(String code, String name) {
        assertThat(NumberSymbol.parse("01-" + code + "/TW").orElseThrow().typeName()).isEqualTo(name);
    }

    @Test
    void typeName_unknownButWellFormedCode_isNull() {
        NumberSymbol ns = NumberSymbol.parse("03-BB/ĐU").orElseThrow();

        assertThat(ns.canonical()).isEqualTo("03-BB/ĐU");
        assertThat(ns.typeName()).isNull();
    }

    @Test
    void thePartysOtherDocumentKinds_haveTheirNames_andĐInATypeCodeIsACode() {
        assertThat(NumberSymbol.parse("03-TTr/ĐU").orElseThrow().typeName()).isEqualTo("Tờ trình");
        assertThat(NumberSymbol.parse("05-QC/TU").orElseThrow().typeName()).isEqualTo("Quy chế");
        assertThat(NumberSymbol.parse("03-ĐA/TU").orElseThrow().typeName()).isEqualTo("Đề án");
        assertThat(NumberSymbol.parse("03-DA/TU").orElseThrow().canonical()).isEqualTo("03-ĐA/TU");
        assertThat(NumberSymbol.parse("112-CV/TU").orElseThrow().typeName()).isEqualTo("Công văn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "50CT/TW", "50-CT", "CT/TW", "50-ct/tw", "0-CT/TW",
            "s6 50-CT/TW", "Chỉ thị 50-CT/TW", "50-CT/TW về", "50-C/TW"})
    void parse_notANumberSymbol_isEmpty(String s) {
        assertThat(NumberSymbol.parse(s)).isEmpty();
    }

    @Test
    void parse_null_isEmpty() {
        assertThat(NumberSymbol.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void constructor_missingPart_throws() {
        assertThatThrownBy(() -> new NumberSymbol("50", null, "TW")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equality_sameCanonicalFromDifferentSpellings() {
        assertThat(NumberSymbol.parse("16-KH/DU")).isEqualTo(NumberSymbol.parse("16 - KH/ĐU"));
        assertThat(NumberSymbol.parse("50-CT/TW").orElseThrow()).hasToString("50-CT/TW");
    }
}
