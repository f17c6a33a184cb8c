package vn.cascade.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitRoleTest {

    @Test
    void aNameIsSingleSpaced_andACommitteesUyIsLowerCase_butAPeoplesCommitteeKeepsItsCapital() {
        assertThat(new UnitRole(" Ban Tuyên giáo và Dân  vận Tỉnh ủy ", UnitRole.Role.LEAD).name())
                .isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        // OCR reads the hooked ủ as a capital U
        assertThat(new UnitRole("Ban Xây dựng Đảng Đảng Ủy các cơ quan Đảng tỉnh", UnitRole.Role.LEAD).name())
                .isEqualTo("Ban Xây dựng Đảng Đảng ủy các cơ quan Đảng tỉnh");
        assertThat(new UnitRole("Các đảng Ủy trực thuộc Tỉnh ủy", UnitRole.Role.LEAD).name())
                .isEqualTo("Các đảng ủy trực thuộc Tỉnh ủy");
        assertThat(new UnitRole("Ban cán sự đảng Ủy ban nhân dân tỉnh", UnitRole.Role.LEAD).name())
                .isEqualTo("Ban cán sự đảng Ủy ban nhân dân tỉnh");
        assertThat(new UnitRole("Đảng ủy Ủy ban nhân dân tỉnh", UnitRole.Role.LEAD).name())
                .isEqualTo("Đảng ủy Ủy ban nhân dân tỉnh");
    }
}
