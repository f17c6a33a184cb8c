package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Task;
import vn.cascade.domain.UnitRole;

/**
 * A scan's OCR text keeps the page's line breaks: a paragraph runs over several full-width lines,
 * a heading may wrap onto a second one, and an introduction too. The tasks are the same as typed.
 */
class ScanLayoutTest {

    private final Understanding understanding = new Understanding();

    /** A plan without a header: its purposes, then {@code parts} (from "II." or "III."), then its closing. */
    private static String headerless(String... parts) {
        List<String> all = new java.util.ArrayList<>(List.of("KẾ HOẠCH", "thực hiện công tác của Đảng bộ", "",
                "I. MỤC ĐÍCH, YÊU CẦU", "", "1. Nâng cao nhận thức.", ""));
        all.addAll(List.of(parts));
        all.addAll(List.of("Nơi nhận:", "- Như trên.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An"));
        return String.join("\n", all);
    }

    @Test
    void wrappedParagraphsAndHeadings_giveTheTasksOfTheTypedPlan() {
        String text = String.join("\n",
                "ĐẢNG ỦY XÃ TÂN HÒA ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 12-KH/ĐU Tân Hòa, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện công tác phát triển đảng viên năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao chất lượng sinh hoạt chi bộ trong toàn Đảng bộ xã.",
                "",
                "Il. NHIỆM VỤ, GIẢI PHÁP",
                "",
                "Các chi bộ trực thuộc Đảng ủy xã căn cứ chức năng, nhiệm vụ được giao,",
                "tập trung thực hiện tốt các nhiệm vụ, giải pháp sau:",
                "",
                "1. Sinh hoạt chi bộ phải thực hiện nghiêm túc các nguyên tắc của",
                "Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình",
                "trong mỗi kỳ sinh hoạt chi bộ hằng tháng của các chi bộ trực thuộc.",
                "",
                "2. Tăng cường công tác kiểm tra, giám sát việc thực hiện nền nếp sinh",
                "hoạt chi bộ, nhất là những chi bộ yếu kém (thực hiện thường xuyên).",
                "",
                "III. TỔ CHỨC THỰC HIỆN",
                "",
                "1. Ban Xây dựng Đảng chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch",
                "và Hướng dẫn của Đảng ủy xã",
                "",
                "- Tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy xã (trước ngày 15/12/2026).",
                "",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::section).containsExactly("II.1", "II.2", "III.1");
        assertThat(tasks.get(0).text()).startsWith("Sinh hoạt chi bộ").endsWith("của các chi bộ trực thuộc.");
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Các chi bộ trực thuộc Đảng ủy xã");
        assertThat(tasks.get(1).deadline()).isNotNull();
        assertThat(tasks.get(2).units()).extracting(UnitRole::name).contains("Ban Xây dựng Đảng Đảng ủy xã");
    }

    /**
     * A scan whose page with "II. NHIỆM VỤ, GIẢI PHÁP" is missing: the solutions numbered 2.3, 2.4
     * and the heading "3. Nhiệm vụ cụ thể" show that the purposes have ended; a second paragraph of
     * item 2.3 is inside 2.3, and the paragraph after a part's last item closes the part.
     */
    @Test
    void aMissingPage_withThePartsHeading_stillYieldsTheTasksAfterIt() {
        String text = String.join("\n",
                "ĐẢNG ỦY PHƯỜNG TÂN HÒA ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 12-KH/ĐU Tân Hòa, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện công tác phát triển đảng viên năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "",
                "1. Nâng cao chất lượng sinh hoạt chi bộ trong toàn Đảng bộ phường, tạo chuyển biến rõ nét.",
                "",
                "2. Các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc, đồng bộ, có trọng tâm.",
                "loại hình chi bộ, nhất là ở vùng sâu, vùng xa.",
                "",
                "2.3. Sinh hoạt chi bộ phải thực hiện nghiêm túc các nguyên tắc của Đảng, nhất là nguyên tắc tập trung dân chủ.",
                "",
                "Bí thư chi bộ phải chuẩn bị kỹ nội dung sinh hoạt trước mỗi kỳ sinh hoạt chi bộ.",
                "",
                "2.4. Tăng cường kiểm tra, giám sát việc thực hiện nền nếp sinh hoạt chi bộ.",
                "",
                "3. Nhiệm vụ cụ thể",
                "",
                "3.1. Ban Xây dựng Đảng Đảng ủy",
                "",
                "- Chủ trì hướng dẫn các chi bộ xây dựng nội dung sinh hoạt chuyên đề.",
                "",
                "III. TỔ CHỨC THỰC HIỆN",
                "",
                "1. Ban Thường vụ Đảng ủy tăng cường lãnh đạo, chỉ đạo việc thực hiện Kế hoạch.",
                "",
                "Quá trình thực hiện, nếu có khó khăn, vướng mắc, các chi bộ báo cáo Ban Thường vụ Đảng ủy.",
                "",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        // the text that resumes mid-sentence after the lost page is the end of the item before 2.3
        assertThat(tasks).extracting(Task::section).containsExactly("2.2", "2.3", "2.3", "2.4", "3.1", "III.1", "III");
        assertThat(tasks.get(0).text()).startsWith("loại hình chi bộ");
        assertThat(tasks.get(2).text()).startsWith("Bí thư chi bộ");
        assertThat(tasks.get(4).units()).extracting(UnitRole::name).contains("Ban Xây dựng Đảng Đảng ủy phường");
    }

    /**
     * A page lost inside the solutions: after item 2.3 the text resumes mid-sentence, and the next
     * item is 2.8: what is left of the lost page is the end of 2.7, not more of 2.3. Where the next
     * item is the next one (2.4), a lower-case line is only a sentence OCR broke.
     */
    @Test
    void aPageLostBetweenSolutions_givesWhatIsLeftToTheItemBeforeTheNext() {
        String text = headerless("II. NHIỆM VỤ, GIẢI PHÁP", "",
                "2.3. Sinh hoạt chi bộ phải thực hiện nghiêm túc các nguyên tắc của Đảng, nhất là nguyên tắc tập",
                "trung dân chủ, tự phê bình và phê bình trong mỗi kỳ sinh hoạt chi bộ của Đảng bộ phường.",
                "kết nội bộ, có đảng viên vi phạm; đưa vào chương trình kiểm tra, giám sát định kỳ hằng",
                "năm hoặc đột xuất.",
                "",
                "Nội dung kiểm tra, giám sát tập trung vào việc chấp hành nguyên tắc, chế độ sinh hoạt đảng",
                "của các chi bộ trực thuộc Đảng bộ phường, chất lượng sinh hoạt và hồ sơ sinh hoạt chi bộ.",
                "",
                "2.8. Từng bước bảo đảm các điều kiện cần thiết để tổ chức tốt việc sinh hoạt chi bộ trong",
                "toàn Đảng bộ phường, nhất là về cơ sở vật chất, địa điểm sinh hoạt của các chi bộ.",
                "");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::section).containsExactly("2.3", "2.7", "2.7", "2.8");
        assertThat(tasks.get(1).text()).startsWith("kết nội bộ");
        String broken = text.replace("2.8. Từng", "2.4. Từng");
        assertThat(understanding.understand("x.txt", broken).tasks()).extracting(Task::section).containsExactly("2.3", "2.3", "2.4");
    }

    @Test
    void aParagraphAfterTheItemThatEndedAUnitsHeading_closesTheRomanPart_notTheHeadingsItem() {
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH QUẢNG SƠN",
                "",
                "TỈNH ỦY",
                "",
                "Số 40-KH/TU",
                "",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "",
                "Quảng Sơn, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "",
                "thực hiện công tác bảo vệ chính trị nội bộ",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "",
                "1. Nâng cao nhận thức của cán bộ, đảng viên.",
                "",
                "III. TỔ CHỨC THỰC HIỆN",
                "",
                "1. Ban Tổ chức Tỉnh ủy chủ trì tham mưu hướng dẫn thực hiện Kế hoạch.",
                "",
                "2. Ban thường vụ các đảng ủy trực thuộc Tỉnh ủy",
                "",
                "- Cụ thể hóa Kế hoạch này bằng kế hoạch của đảng bộ mình.",
                "",
                "- Định kỳ 06 tháng báo cáo kết quả về Ban Thường vụ Tỉnh ủy.",
                "",
                "3. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch (Hoàn thành trong quý .",
                "",
                "III/2026).",
                "",
                "Những khó khăn, vướng mắc phát sinh, các đảng ủy trực thuộc phản ánh về Ban Thường vụ Tỉnh ủy.",
                "Nơi nhận:",
                "- Như trên.");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        // item 3 ends the unit's heading 2; the paragraph after it is the part's closing (GUIDE §3), not 2's
        assertThat(tasks.get(3).deadline()).isEqualTo(vn.cascade.domain.Deadline.by("2026-Q3")); // across a bracket the page broke
        assertThat(tasks).extracting(Task::section).containsExactly("III.1", "III.2", "III.2", "III.3", "III");
    }

    @Test
    void aParagraphNamingAnotherDoerAfterTheLastUnitsDashes_closesThePart_butOneAfterItsOwnDashesDoesNot() {
        String text = headerless(
                "III. TỔ CHỨC THỰC HIỆN", "",
                "1. Ủy ban Kiểm tra Đảng ủy", "",
                "- Giám sát việc thực hiện quy tắc ứng xử tại 03 chi bộ khoa (Hoàn thành trước ngày 30/11/2024).", "",
                "Tham mưu sơ kết việc giám sát, báo cáo Đảng ủy.", "",
                "2. Các chi bộ trực thuộc", "",
                "- Đưa nội dung nâng cao y đức vào sinh hoạt chuyên đề của chi bộ.", "",
                "Giao Văn phòng Đảng ủy giúp Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.", "");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::section).containsExactly("III.1", "III.1", "III.2", "III");
    }

    @Test
    void plusLinesAndLetteredItemsStraightUnderATopicHeading_areItsItems_andAClauseGivenToAnotherUnitIsATask() {
        String text = headerless(
                "II. NHIỆM VỤ, GIẢI PHÁP", "",
                "1. Về quy trình công tác đảng viên", "",
                "+ Rà soát toàn bộ quy trình giải quyết công việc về công tác đảng viên.", "",
                "+ Công khai quy trình, thành phần hồ sơ tại trụ sở.", "",
                "2. Về đổi mới lề lối làm việc", "",
                "a) Chấp hành nghiêm chế độ hội họp; tăng cường họp trực tuyến.", "",
                "b) Ban hành, gửi, nhận văn bản điện tử có ký số.", "",
                "III. TỔ CHỨC THỰC HIỆN", "",
                "Các ban, Văn phòng Đảng ủy hướng dẫn thực hiện Kế hoạch này; giao Văn phòng Đảng ủy chủ trì tổng hợp, báo cáo.", "");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::section).containsExactly("II.1", "II.1", "II.2", "II.2", "III", "III");
        assertThat(tasks.get(5).text()).startsWith("giao Văn phòng Đảng ủy chủ trì");
    }
}
