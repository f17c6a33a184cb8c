package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a line's marker is read, also from OCR that added specks or misread a Roman numeral. */
class LineTest {

    @Test
    void romanSectionMisreadByOcr_isStillARomanSection() {
        Line l = Line.parse(0, "Il. NHIỆM VỤ, GIẢI PHÁP .");
        assertThat(l.type()).isEqualTo(Line.Type.ROMAN);
        assertThat(l.label()).isEqualTo("II");
        assertThat(Line.parse(0, "1ll. TỔ CHỨC THỰC HIỆN").label()).isEqualTo("III");
        // a last I read as T, a speck after the heading
        assertThat(Line.parse(0, "IIT. TỔ CHỨC THỰC HIỆN").label()).isEqualTo("III");
        // a later I read as L; an L alone is no Roman section
        assertThat(Line.parse(0, "IL. NHIỆM VỤ, GIẢI PHÁP").label()).isEqualTo("II");
        assertThat(Line.parse(0, "L. NHIỆM VỤ, GIẢI PHÁP").type()).isNotEqualTo(Line.Type.ROMAN);
        assertThat(Line.parse(0, "Ill. TỔ CHỨC THỰC HIỆN ở").label()).isEqualTo("III");
        assertThat(Line.parse(0, "T. Tổ chức quán triệt").type()).isNotEqualTo(Line.Type.ROMAN);
        // its period read as a colon, before a heading in capitals only
        assertThat(Line.parse(0, "II: NHIỆM VỤ, GIẢI PHÁP").label()).isEqualTo("II");
        assertThat(Line.parse(0, "Il: TỔ CHỨC THỰC HIỆN").label()).isEqualTo("II");
        assertThat(Line.parse(0, "VI: Văn phòng").type()).isNotEqualTo(Line.Type.ROMAN);
        // a first I read as T before another
        assertThat(Line.parse(0, "TIL. TỔ CHỨC THỰC HIỆN-").label()).isEqualTo("III");
        // a lettered item is a dash's kind of item; a letter and a bracket inside a sentence is not
        assertThat(Line.parse(0, "a) Chấp hành nghiêm chế độ hội họp").type()).isEqualTo(Line.Type.BULLET);
        assertThat(Line.parse(0, "a) các nội dung sau").type()).isEqualTo(Line.Type.TEXT);
        // a quote's speck before a numbered item
        assertThat(Line.parse(0, "\"2.2. Nâng cao chất lượng tiếp xúc").label()).isEqualTo("2.2");
        assertThat(Line.parse(0, "(2. Ban Tuyên giáo Huyện ủy").label()).isEqualTo("2");
        // a comma for the period leaves no comma in the label
        assertThat(Line.parse(0, "4, Nắm chắc số đảng viên có người thân ở nước ngoài").label()).isEqualTo("4");
        // a dash glued to a lower-case word is a speck on a wrapped paragraph's next line, not a bullet
        assertThat(Line.parse(0, "-viên, sinh viên nhận thức rõ").type()).isEqualTo(Line.Type.TEXT);
        assertThat(Line.parse(0, "-viên, sinh viên nhận thức rõ").text()).isEqualTo("viên, sinh viên nhận thức rõ");
        assertThat(Line.parse(0, "- Các chi bộ trực thuộc").type()).isEqualTo(Line.Type.BULLET);
        // a numbered sentence is not a Roman section however OCR read it
        assertThat(Line.parse(0, "1. Quán triệt đầy đủ nội dung").type()).isEqualTo(Line.Type.NUMBER);
        assertThat(Line.parse(0, "l. Quán triệt đầy đủ nội dung").type()).isNotEqualTo(Line.Type.ROMAN);
    }

    @Test
    void aFootnoteAtAPagesFoot_isNoLineOfTheBody_andTheParagraphAcrossThePageIsOneTask() {
        assertThat(Line.parse(0, "<sup>1</sup> Chi bộ nơi có nhiều đồng chí ủy viên cấp trên sinh hoạt …").type()).isEqualTo(Line.Type.BLANK);
        assertThat(Line.parse(0, "[^2]: Theo Hướng dẫn số 03-HD/TW.").type()).isEqualTo(Line.Type.BLANK);
        // a marker inside the body is dropped, the line stays
        assertThat(Line.parse(0, "họp vào ngày 03 hằng tháng<sup>1</sup>.").text()).isEqualTo("họp vào ngày 03 hằng tháng.");
        String text = String.join("\n", "KẾ HOẠCH", "về sinh hoạt chi bộ", "", "II. NHIỆM VỤ, GIẢI PHÁP", "",
                "1. Đổi mới nội dung, hình thức sinh hoạt chi bộ theo hướng thiết thực. Tiếp tục thực hiện Hướng dẫn số 03-HD/TW, ngày", "", "---", "",
                "<sup>1</sup> Chi bộ nơi có nhiều đồng chí cấp ủy viên cấp trên sinh hoạt thì có thể không họp vào ngày 03.", "",
                "27/12/2022 của Ban Bí thư về thí điểm sinh hoạt đảng trực tuyến.", "",
                "2. Bảo đảm các điều kiện cần thiết để tổ chức tốt việc sinh hoạt chi bộ.");
        var tasks = new Understanding().understand("x.txt", text).tasks();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).text()).isEqualTo("Đổi mới nội dung, hình thức sinh hoạt chi bộ theo hướng thiết thực. Tiếp tục thực hiện Hướng dẫn số 03-HD/TW, ngày 27/12/2022 của Ban Bí thư về thí điểm sinh hoạt đảng trực tuyến.");
    }

    @Test
    void aSubItemWhoseDotOcrLost_isTheSubItem_butAListThatReachesTwentyOneIsNot() {
        var lines = Line.read("2. Nhiệm vụ cụ thể\n21, Ban Xây dựng Đảng\n- Thẩm tra lý lịch.\n2.2. Ủy ban Kiểm tra\n23. Văn phòng Đảng ủy");
        assertThat(lines).extracting(Line::label).containsExactly("2", "2.1", "-", "2.2", "2.3");
        assertThat(lines.get(1).type()).isEqualTo(Line.Type.DOTTED);
        var list = Line.read("20. Tổ chức hội nghị.\n21. Báo cáo kết quả.");
        assertThat(list).extracting(Line::label).containsExactly("20", "21");
    }

    @Test
    void aDashOcrPrintedAtALinesEnd_isASpeck_unlessACapitalisedWordFollows() {
        java.util.List<Line> lines = Line.read("""
                bảo đảm 100% kiến nghị được trả lời (chậm nhất 30 ngày sau hội nghị_-

                đối thoại).
                - Các chi bộ quán triệt đến đảng viên trong -
                kỳ sinh hoạt tháng 02/2026.
                III. TỔ CHỨC THỰC HIỆN -

                1. Văn phòng chủ trì, phối hợp với Phòng Tổ chức -
                Hành chính theo dõi.
                - Phát động phong trào "Tận tâm -
                Thân thiện - Trách nhiệm".
                tổng hợp kết quả thực hiện. -
                II. NHIỆM VỤ
                minh bạch (Hoàn thành trong —
                quý III/2024).""");
        // the dash goes, and the paragraph OCR broke with a blank line is joined again
        assertThat(lines.get(0).text()).endsWith("sau hội nghị đối thoại).");
        assertThat(lines.get(2).type()).isEqualTo(Line.Type.BLANK);
        assertThat(lines.get(3).text()).endsWith("đảng viên trong");
        assertThat(lines.get(5).text()).isEqualTo("TỔ CHỨC THỰC HIỆN");
        assertThat(lines.get(7).text()).endsWith("Phòng Tổ chức -");
        assertThat(lines.get(9).text()).endsWith("\"Tận tâm -");
        assertThat(lines.get(11).text()).endsWith("kết quả thực hiện.");
        assertThat(lines.get(13).text()).endsWith("(Hoàn thành trong");
    }

    @Test
    void aParagraphOcrBrokeWithABlankLine_orADashSpeck_isOneParagraph() {
        java.util.List<Line> lines = Line.read(String.join("\n",
                "Các cấp ủy, tổ chức đảng trong Đảng bộ Công an tỉnh tập trung lãnh",
                "",
                "đạo, chỉ đạo thực hiện tốt các nhiệm vụ, giải pháp sau:",
                "1. Đổi mới nội dung, hình thức tuyên truyền, phổ biến phương thức,",
                "- thủ đoạn của tội phạm đến từng khu dân cư.",
                "gồm:",
                "- các chi bộ trực thuộc;",
                "- các đoàn thể.",
                "Hoàn thành trong quý IV.",
                "",
                "đây là đoạn khác? không: một câu đã hết thì đoạn sau là đoạn mới."));
        assertThat(lines.get(0).text()).endsWith("tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ, giải pháp sau:");
        assertThat(lines.get(2).type()).isEqualTo(Line.Type.BLANK);
        assertThat(lines.get(4).type()).isEqualTo(Line.Type.TEXT); // not a bullet
        assertThat(lines.get(6).type()).isEqualTo(Line.Type.BULLET); // after a colon it is one
        assertThat(lines.get(10).type()).isEqualTo(Line.Type.TEXT); // after a sentence's end: not joined
        assertThat(lines.get(8).text()).isEqualTo("Hoàn thành trong quý IV.");
    }

    @Test
    void aRomanPartRepeatedByOcr_isTheNextPart() {
        java.util.List<Line> lines = Line.read("I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP\nII. TỔ CHỨC THỰC HIỆN");
        assertThat(lines).extracting(Line::label).containsExactly("I", "II", "III");
    }

    @Test
    void ocrSpecksAroundALine_doNotHideItsMarker() {
        Line l = Line.parse(0, ". 1. Quán triệt đầy đủ nội dung Chỉ thị 47 đến cán bộ, đảng viên.");
        assertThat(l.type()).isEqualTo(Line.Type.NUMBER);
        assertThat(Line.parse(0, "_ 2.1. Nâng cao nhận thức của cấp ủy.").label()).isEqualTo("2.1");
        assertThat(Line.parse(0, ". - Các chi bộ trực thuộc tổ chức quán triệt (Hoàn thành trong tháng 10/2025). |").text())
                .isEqualTo("Các chi bộ trực thuộc tổ chức quán triệt (Hoàn thành trong tháng 10/2025).");
        assertThat(Line.parse(0, "- Các chi bộ trực thuộc tổ chức").type()).isEqualTo(Line.Type.BULLET);
        // a dash before a numbered item, a comma for its period
        assertThat(Line.parse(0, "- 2. Nắm chắc tình hình, chủ động phòng ngừa").label()).isEqualTo("2");
        assertThat(Line.parse(0, "— 1. Xác định kỳ sinh hoạt chi bộ là việc bắt buộc").type()).isEqualTo(Line.Type.NUMBER);
        assertThat(Line.parse(0, "4, Phòng Tổ chức cán bộ").type()).isEqualTo(Line.Type.NUMBER);
        assertThat(Line.parse(0, "2, 3 và 4 tháng").type()).isEqualTo(Line.Type.TEXT);
        assertThat(Line.parse(0, "'Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) trước ngày 15/4/2026.").text())
                .startsWith("Thường vụ Tỉnh ủy");
        // a two-level number with a comma or a space for a period
        assertThat(Line.parse(0, "3, 4. Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã").label()).isEqualTo("3.4");
        assertThat(Line.parse(0, "3. 5, Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã").label()).isEqualTo("3.5");
        assertThat(Line.parse(0, "3.6, Chi ủy các chi bộ thôn").label()).isEqualTo("3.6");
        assertThat(Line.parse(0, "2.1.3. Nâng cao chất lượng").label()).isEqualTo("2.1.3");
        assertThat(Line.parse(0, "3, 4 và 5 tháng").type()).isEqualTo(Line.Type.TEXT);
        // a colon for a number's period before a heading; a speck glued to a bullet's dash
        assertThat(Line.parse(0, "6: Các chi bộ trực thuộc").label()).isEqualTo("6");
        assertThat(Line.parse(0, "8:30 sáng").type()).isEqualTo(Line.Type.TEXT);
        assertThat(Line.parse(0, "2: các nội dung").type()).isEqualTo(Line.Type.TEXT);
        assertThat(Line.parse(0, "_- Tổ chức huấn luyện chuyên đề").type()).isEqualTo(Line.Type.BULLET);
    }
}
