package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Section;

class SectionOutlineTest {

    static final String PLAN = String.join("\n",
            "KẾ HOẠCH",
            "thực hiện Chỉ thị số 12-CT/TW",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Quán triệt sâu sắc nội dung của Chỉ thị tới toàn thể cán bộ,",
            "đảng viên trong Đảng bộ xã.",
            "II. NHIỆM VỤ, GIẢI PHÁP",
            "1. Nâng cao nhận thức",
            "- Các chi bộ tổ chức học tập chuyên đề.",
            "2. Đổi mới nội dung sinh hoạt",
            "2.1. Sinh hoạt chuyên đề",
            "- Mỗi quý ít nhất một lần.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Đảng ủy",
            "- Theo dõi, tổng hợp, báo cáo.",
            "Nơi nhận:",
            "I. Không phải mục");

    @Test
    void readsTheNumberingTree_withTheRoleOfEachPart() {
        List<Section> s = SectionOutline.read(Line.read(PLAN));
        assertThat(s).extracting(Section::path).containsExactly("I", "II", "II.1", "II.2", "2.1", "III", "III.1");
        assertThat(s).extracting(Section::role).containsExactly(Section.Role.PURPOSES, Section.Role.SOLUTIONS,
                Section.Role.SOLUTIONS, Section.Role.SOLUTIONS, Section.Role.SOLUTIONS, Section.Role.ORGANISATION,
                Section.Role.ORGANISATION);
        assertThat(s.get(2).heading()).isEqualTo("Nâng cao nhận thức");
        assertThat(s).extracting(Section::depth).containsExactly(0, 0, 1, 1, 2, 0, 1);
    }

    @Test
    void aPartOfDutiesOfNamedBodies_holdsTasks_notSolutions() {
        assertThat(SectionOutline.role("nhiem vu, trach nhiem cua cap uy va cap uy vien", Section.Role.OTHER)).isEqualTo(Section.Role.TASKS);
        assertThat(SectionOutline.role("nhiem vu, giai phap", Section.Role.OTHER)).isEqualTo(Section.Role.SOLUTIONS);
    }

    @Test
    void aWrappedNumberedSentence_isAnItemNotASection() {
        List<Section> s = SectionOutline.read(Line.read(PLAN));
        // "1. Quán triệt sâu sắc …" goes on in lower case on the next line
        assertThat(s).extracting(Section::heading).noneMatch(h -> h.startsWith("Quán triệt"));
    }
}
