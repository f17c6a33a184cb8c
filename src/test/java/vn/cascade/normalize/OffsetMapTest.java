package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void restoredWord_mapsBackToTheRawWordOnTheSameLine() {
        String raw = "KE HOACH\nThuc hién Chi thi s6 50-CT/TW ctia Ban Bi thw";
        String restored = "KẾ HOẠCH\nThực hiện Chỉ thị số 50-CT/TW của Ban Bí thư";
        OffsetMap map = new OffsetMap(raw, restored);
        int at = restored.indexOf("của");
        assertThat(map.rawText(at, at + 3)).isEqualTo("ctia");
        int from = restored.indexOf("Chỉ thị số");
        assertThat(map.rawText(from, from + "Chỉ thị số".length())).isEqualTo("Chi thi s6");
        assertThat(map.changes()).extracting(c -> c[1]).contains("s6", "ctia", "thw").doesNotContain("50-CT/TW");
    }

    @Test
    void wordSplitByRestoration_mapsBothHalvesToTheRawWord() {
        String raw = "cac chi bo trircthuoc";
        String restored = "các chi bộ trực thuộc";
        OffsetMap map = new OffsetMap(raw, restored);
        int at = restored.indexOf("thuộc");
        assertThat(map.rawText(at, at + 5)).isEqualTo("trircthuoc");
    }
}
