package vn.cascade.normalize;

import static vn.cascade.normalize.NormalizerAssertions.assertNormalizes;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;

import org.junit.jupiter.api.Test;

class ToneMarkPlacementTest {

    private final ToneMarkPlacement old = new ToneMarkPlacement(ToneMarkPlacement.Style.OLD);
    private final ToneMarkPlacement modern = new ToneMarkPlacement(ToneMarkPlacement.Style.NEW);

    @Test
    void old_movesMarkToFirstVowelOfOpenPairs() {
        assertNormalizes(old, "hoà thuỷ khoẻ Uỷ ban Hoà", "hòa thủy khỏe Ủy ban Hòa");
    }

    @Test
    void new_movesMarkToSecondVowelOfOpenPairs() {
        assertNormalizes(modern, "hòa thủy khỏe Ủy ban", "hoà thuỷ khoẻ Uỷ ban");
    }

    @Test
    void closedSyllablesAndQu_areNeverMoved() {
        assertNormalizes(old, "hoàn thành khuyến khích quý hoạch", "hoàn thành khuyến khích quý hoạch");
        assertNormalizes(modern, "hoàn thành khuyến khích quý hoạch", "hoàn thành khuyến khích quý hoạch");
    }

    @Test
    void capitals_areKept() {
        assertNormalizes(old, "ĐẢNG UỶ PHƯỜNG THUỶ NGUYÊN", "ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN");
    }

    @Test
    void randomUnicode_neverThrowsAndIsIdempotent() {
        checkRandomData(old, 7, 2000);
        checkRandomData(modern, 8, 2000);
    }
}
