package vn.cascade.normalize;

import static vn.cascade.normalize.NormalizerAssertions.assertNormalizes;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;

import org.junit.jupiter.api.Test;

class NumberSymbolCodesTest {

    private final NumberSymbolCodes codes = new NumberSymbolCodes();

    @Test
    void partyCommitteeIssuerCode_lostĐ_isRestored() {
        assertNormalizes(codes, "Số 16-KH/DU và 22 -KH/PU, 3-HD/DUK", "Số 16-KH/ĐU và 22 -KH/ĐU, 3-HD/ĐUK");
        // "Số" OCR glued to the number
        assertNormalizes(codes, "S22 -KH/PU; §6 14-KH/DU", "S22 -KH/ĐU; §6 14-KH/ĐU");
        // the word before a number-symbol is "số"; a department's "Sở" before its name is kept
        assertNormalizes(codes, "Kế hoạch sở 15-KH/ĐU của Sở Tài chính; Sổ 12-QĐ/TU", "Kế hoạch số 15-KH/ĐU của Sở Tài chính; Số 12-QĐ/TU");
    }

    @Test
    void decisionAndRegulationTypeCodes_areRestored() {
        assertNormalizes(codes, "2866-QD/TU; 12-QDi/TW", "2866-QĐ/TU; 12-QĐi/TW");
    }

    @Test
    void otherCodesAndTextOutsideNumberSymbols_areUntouched() {
        String s = "50-CT/TW, 06-HD/BTGDVTU, DU lịch, PU 5-DU, AB22-KH/DU";
        assertNormalizes(codes, s, s);
    }

    @Test
    void randomUnicode_neverThrowsAndIsIdempotent() {
        checkRandomData(codes, 3, 2000);
    }
}
