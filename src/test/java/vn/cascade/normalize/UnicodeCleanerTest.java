package vn.cascade.normalize;

import static vn.cascade.normalize.NormalizerAssertions.assertNormalizes;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class UnicodeCleanerTest {

    private final UnicodeCleaner cleaner = new UnicodeCleaner();

    @Test
    void normalize_nfdText_becomesNfc() {
        String nfd = Normalizer.normalize("Chỉ thị số 50-CT/TW của Ban Bí thư", Normalizer.Form.NFD);
        assertNormalizes(cleaner, nfd, "Chỉ thị số 50-CT/TW của Ban Bí thư");
    }

    @Test
    void normalize_lookAlikeSpacesAndPunctuation_becomePlain() {
        assertNormalizes(cleaner, "Kế\u00A0hoạch\u00AD “số” 15\u2011KH/TU\u2026", "Kế hoạch \"số\" 15-KH/TU...");
    }

    @Test
    void normalize_windowsLineEnds_keepLineCount() {
        assertNormalizes(cleaner, "a\r\nb\rc\nd", "a\nb\nc\nd");
    }

    @Test
    void normalize_randomUnicode_neverThrowsAndIsIdempotent() {
        checkRandomData(cleaner, 42, 2000);
    }
}
