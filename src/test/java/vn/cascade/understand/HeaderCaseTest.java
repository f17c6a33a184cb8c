package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a name the header prints in capitals is written back in the genre's case. */
class HeaderCaseTest {

    @Test
    void aNameInCapitals_isCasedByTheGenresConventions() {
        assertThat(IdentityParser.properCase("ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN")).isEqualTo("Đảng ủy phường Thủy Nguyên");
        assertThat(IdentityParser.properCase("ĐẢNG ỦY QUÂN SỰ TỈNH")).isEqualTo("Đảng ủy Quân sự tỉnh");
        assertThat(IdentityParser.properCase("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH")).isEqualTo("Đảng bộ Khối các cơ quan tỉnh");
        assertThat(IdentityParser.properCase("ĐẢNG BỘ CƠ QUAN SỞ TÀI CHÍNH")).isEqualTo("Đảng bộ cơ quan Sở Tài chính");
        assertThat(IdentityParser.properCase("ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH")).isEqualTo("Đảng bộ Ủy ban nhân dân tỉnh");
        // a level's place keeps its capitals; "cơ quan" and "quân sự" are no level
        assertThat(IdentityParser.properCase("CHI BỘ KHU PHỐ ĐÌNH TRUNG")).isEqualTo("Chi bộ khu phố Đình Trung");
        assertThat(IdentityParser.properCase("ĐẢNG BỘ QUÂN SỰ TỈNH QUẢNG SƠN")).isEqualTo("Đảng bộ Quân sự tỉnh Quảng Sơn");
    }

    @Test
    void theBodysOwnCasing_winsWhereTheOpeningNamesTheOrganisation() {
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH NGÂN KHÊ",
                "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC BẮC LÃNG",
                "Số 46-KH/ĐU",
                "KẾ HOẠCH",
                "về liêm chính học thuật",
                "Ban Thường vụ Đảng ủy Trường Đại học Bắc Lãng xây dựng Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU");
        var doc = new Understanding().understand("x.txt", text).doc();
        assertThat(doc).containsEntry("organization", "Đảng ủy Trường Đại học Bắc Lãng");
        // not found in the body (or only in capitals): the conventions' casing
        assertThat(doc).containsEntry("parent_organization", "Đảng bộ tỉnh Ngân Khê");
    }
}
