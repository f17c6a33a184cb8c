package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.normalize.NormalizerAssertions.assertNormalizes;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NormalizationChainTest {

    private final NormalizationChain chain = NormalizationChain.standard(ToneMarkPlacement.Style.OLD);

    @Test
    void standard_legacyTcvn3Text_becomesUnicode() {
        assertThat(chain.normalize("Thµnh ñy Hµ Néi ban hµnh kÕ ho¹ch thùc hiÖn chØ thÞ cña Ban BÝ th\u00ad"))
                .isEqualTo("Thành ủy Hà Nội ban hành kế hoạch thực hiện chỉ thị của Ban Bí thư");
    }

    @Test
    void standard_unicodeVietnamese_onlyGetsOneToneConvention() {
        String nfd = Normalizer.normalize("Đảng uỷ phường Thuỷ Nguyên\nhoàn thành", Normalizer.Form.NFD);
        assertNormalizes(chain, nfd, "Đảng ủy phường Thủy Nguyên\nhoàn thành");
    }

    @Test
    void standard_unaccentedOcr_isLeftForTheRestorer() {
        String ocr = "Thue hién Chi thi s6 50-CT/TW, ngay 23/7/2025 cia Ban Bi thw";
        assertNormalizes(chain, ocr, ocr);
    }

    @Test
    void standard_randomUnicode_neverThrowsAndIsIdempotent() {
        checkRandomData(chain, 11, 2000);
    }
}
