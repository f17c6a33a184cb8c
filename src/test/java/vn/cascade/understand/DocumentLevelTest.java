package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Identity;

class DocumentLevelTest {

    private static Identity of(String organization, String issuingBody, String id) {
        String symbol = id == null ? null : id.substring(id.indexOf('-') + 1);
        return new Identity("Kế hoạch", id, null, symbol, null, null, organization, issuingBody, null, null, null, null);
    }

    @Test
    void committeeNamesStateTheirLevel() {
        assertThat(DocumentLevel.of(of("Thành ủy Cần Thơ", "Ban Thường vụ Thành ủy", null))).contains(DocumentLevel.PROVINCE);
        assertThat(DocumentLevel.of(of("TỈNH ỦY NGHỆ AN", null, null))).contains(DocumentLevel.PROVINCE);
        assertThat(DocumentLevel.of(of("Đảng ủy phường Ba Đình", null, "7-KH/ĐU"))).contains(DocumentLevel.COMMUNE);
        assertThat(DocumentLevel.of(of("ĐẢNG ỦY XÃ TÂN LẬP", null, null))).contains(DocumentLevel.COMMUNE);
        assertThat(DocumentLevel.of(of("Đảng ủy Khối các cơ quan tỉnh", null, null))).contains(DocumentLevel.AGENCY);
        assertThat(DocumentLevel.of(of("Chi bộ Văn phòng", null, null))).contains(DocumentLevel.GRASSROOTS);
        assertThat(DocumentLevel.of(of(null, "Ban Bí thư", null))).contains(DocumentLevel.CENTRAL);
    }

    @Test
    void aDamagedHeaderFallsBackOnTheIssuerCode() {
        assertThat(DocumentLevel.of(of(null, null, "15-KH/TU"))).contains(DocumentLevel.PROVINCE);
        assertThat(DocumentLevel.of(of(null, null, "3-KH/ĐUK"))).contains(DocumentLevel.AGENCY);
        assertThat(DocumentLevel.of(of(null, null, "50-CT/TW"))).contains(DocumentLevel.CENTRAL);
        // ĐU is a ward's, a commune's or an agency's committee: the code alone does not tell.
        assertThat(DocumentLevel.of(of(null, null, "16-KH/ĐU"))).isEmpty();
        assertThat(DocumentLevel.of(Identity.unknown())).isEmpty();
    }

    @Test
    void keysRoundTrip() {
        for (DocumentLevel l : DocumentLevel.values()) {
            assertThat(DocumentLevel.ofKey(l.key())).contains(l);
        }
        assertThat(DocumentLevel.ofKey("nowhere")).isEmpty();
    }
}
