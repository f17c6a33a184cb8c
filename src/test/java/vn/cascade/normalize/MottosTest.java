package vn.cascade.normalize;

import static vn.cascade.normalize.NormalizerAssertions.assertNormalizes;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;

import org.junit.jupiter.api.Test;

class MottosTest {

    private final Mottos mottos = new Mottos();

    @Test
    void theHeadersFixedLines_damagedByOcr_areWrittenAsTheyAre() {
        assertNormalizes(mottos, "ĐẢNG BỘ THÀNH PHỐ ~ DẠNG CQNG SẢN VIỆT NAM", "ĐẢNG BỘ THÀNH PHỐ ~ ĐẢNG CỘNG SẢN VIỆT NAM");
        assertNormalizes(mottos, "PANG CONG SAN VIET NAM", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertNormalizes(mottos, "BANG CONG SAN VIET NAM", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertNormalizes(mottos, "CỘNG HOA XÃ HỌI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertNormalizes(mottos, "Độc lap - Tư do - Hạnh phuc", "Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void otherWordsAndTooMuchDamage_areLeftAlone() {
        String s = "các đảng bộ công an việt nam; DANG CQNG SXN VIFT NAM; ĐẢNG CỘNG SẢN\nVIỆT NAM; Đảng Cộng sản Việt Nam";
        assertNormalizes(mottos, s, s);
    }

    @Test
    void randomUnicode_neverThrowsAndIsIdempotent() {
        checkRandomData(mottos, 3, 2000);
    }
}
