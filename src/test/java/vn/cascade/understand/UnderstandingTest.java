package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cascade.domain.UnitRole;
import vn.cascade.understand.eval.ExtractionEvaluation;

class UnderstandingTest {

    private final Understanding understanding = new Understanding();

    @Test
    void header_flattenedTwoColumns_givesIdentity() {
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM",
                "ĐẢNG ỦY XÃ TÂN HÒA",
                "* Tân Hòa, ngày 05 tháng 3 năm 2026",
                "Số 12-KH/ĐU",
                "",
                "KẾ HOẠCH",
                "triển khai công tác phát triển đảng viên năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao chất lượng.",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Ban Xây dựng Đảng chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy hướng dẫn các chi bộ (hoàn thành trong quý II/2026).",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc()).containsEntry("type", "Kế hoạch").containsEntry("id", "12-KH/ĐU")
                .containsEntry("date", "2026-03-05").containsEntry("place", "Tân Hòa")
                .containsEntry("organization", "Đảng ủy xã Tân Hòa")
                .containsEntry("parent_organization", "Đảng bộ tỉnh Nam Sơn")
                .containsEntry("issuing_body", "Ban Thường vụ Đảng ủy xã Tân Hòa")
                .containsEntry("signer", "Nguyễn Văn An").containsEntry("signer_title", "Bí thư");
        assertThat(e.tasksJson()).hasSize(1);
        Map<String, Object> task = e.tasksJson().get(0);
        assertThat(task).containsEntry("section", "II.1").containsEntry("kind", "task");
        assertThat(task.get("units")).isEqualTo(List.of(
                Map.of("name", "Ban Xây dựng Đảng Đảng ủy xã", "role", "lead"),
                Map.of("name", "Ủy ban Kiểm tra Đảng ủy xã", "role", "cooperate")));
        assertThat(task.get("deadline")).isEqualTo(Map.of("kind", "by", "value", "2026-Q2"));
    }

    /**
     * An introduction under a part's own heading governs that part's items, also those under its
     * topic headings, until the next part (read from blind plan 43).
     */
    @Test
    void anIntroductionUnderAPartsHeading_governsItsTopicHeadingsItems_untilTheNextPart() {
        String text = String.join("\n",
                "TỈNH ỦY NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM",
                "* Nam Sơn, ngày 05 tháng 3 năm 2026",
                "Số 12-KH/TU",
                "KẾ HOẠCH",
                "thực hiện công tác xây dựng Đảng",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Nhiệm vụ, giải pháp chủ yếu",
                "Các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh tập trung lãnh đạo, chỉ đạo thực hiện những nhiệm vụ, giải pháp sau:",
                "1.1. Nâng cao nhận thức của cán bộ, đảng viên về sinh hoạt chi bộ.",
                "1.2. Bảo đảm điều kiện cho hoạt động của chi bộ:",
                "a) Bố trí nơi sinh hoạt ổn định cho các chi bộ thôn.",
                "1.3. Đối với chi bộ ở vùng cao: được lùi lịch sinh hoạt vào mùa thu hoạch.",
                "2. Nhiệm vụ cụ thể",
                "2.1. Ban Tổ chức Tỉnh ủy hướng dẫn đánh giá chất lượng sinh hoạt chi bộ.",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Map<String, Object>> tasks = understanding.understand("x.txt", text).tasksJson();
        assertThat(tasks).extracting(t -> t.get("section")).containsExactly("1.1", "1.2", "1.3", "2.1");
        for (Map<String, Object> t : tasks.subList(0, 3)) {
            assertThat(t.get("units")).isEqualTo(List.of(Map.of("name", "Các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh", "role", "lead")));
        }
        assertThat(tasks.get(3).get("units")).isEqualTo(List.of(Map.of("name", "Ban Tổ chức Tỉnh ủy", "role", "lead")));
    }

    /** A plan issued by a committee's board: the board under the committee, a deputy signing for its head. */
    @Test
    void aBoardsPlan_signedForItsHead_namesTheBoardAndTheDeputy() {
        String text = String.join("\n",
                "THÀNH ỦY NAM SƠN",
                "BAN TỔ CHỨC",
                "*",
                "Số 15-KH/BTCTU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Nam Sơn, ngày 02 tháng 4 năm 2026",
                "",
                "KẾ HOẠCH",
                "bồi dưỡng nghiệp vụ công tác tổ chức năm 2026",
                "",
                "K/T TRƯỞNG BAN",
                "PHÓ TRƯỞNG BAN",
                "",
                "Trần Thị Bình");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc()).containsEntry("organization", "Ban Tổ chức Thành ủy")
                .containsEntry("issuing_body", "Ban Tổ chức Thành ủy")
                .containsEntry("parent_organization", "Thành ủy Nam Sơn")
                .containsEntry("signer", "Trần Thị Bình").containsEntry("signer_title", "Phó Trưởng ban");
        assertThat(IdentityParser.organCase("ỦY BAN KIỂM TRA")).isEqualTo("Ủy ban Kiểm tra");
        assertThat(IdentityParser.organCase("BAN XÂY DỰNG ĐẢNG")).isEqualTo("Ban Xây dựng Đảng");
    }

    @Test
    void scannedHeaderAndClosing_readThroughOcrDamage() {
        // OCR prints "Số" as "§6", runs "T/M CHI BỘ" together, and a police signer has a rank
        String text = String.join("\n",
                "ĐẢNG BỘ XÃ TÂN HÒA",
                "CHI BỘ THÔN HẠ",
                "-§6 09-KH/CB",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Tân Hòa, ngày 24 tháng 11 năm 2025",
                "",
                "KẾ HOẠCH",
                "kiểm điểm cuối năm 2025",
                "",
                "T/MCHIBO",
                "_ BITHU",
                "",
                "Đại tá Nguyễn Văn An");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc()).containsEntry("id", "09-KH/CB").containsEntry("signer", "Nguyễn Văn An")
                .containsEntry("signer_title", "Bí thư");
    }

    @Test
    void scannedSubjectAndClosing_readThroughSpecksAndDamagedWords() {
        // OCR doubles "S" before "§6", leaves a blank line and specks inside the subject, spaces a
        // number-symbol, damages "THƯỜNG VỤ" and "THƯỜNG TRỰC", and a rank's second word
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH TÂN HÒA",
                "ĐẢNG ỦY XÃ AN PHÚ",
                "_S§6 46-KH/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "An Phú, ngày 16 tháng 4 năm 2026",
                "",
                "_ KẾ HOẠCH |",
                "~ thực hiện Kết luận số 224- KL/TW, ngày 06/02/2026 của Ban Bí thư về",
                "tăng cường",
                "",
                "— -liêm chính học thuật trong giáo dục",
                "",
                "Thực hiện Kết luận số 224-KL/TW, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:",
                "",
                "T/M BAN THUỞ NÓ VỤ",
                "PHÓ BÍ THƯ THUG NG TRỰC",
                "",
                "Thường là Sầm Văn Lịch");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc()).containsEntry("id", "46-KH/ĐU")
                .containsEntry("subject", "thực hiện Kết luận số 224-KL/TW, ngày 06/02/2026 của Ban Bí thư về tăng cường"
                        + " liêm chính học thuật trong giáo dục")
                .containsEntry("issuing_body", "Ban Thường vụ Đảng ủy xã An Phú")
                .containsEntry("signer_title", "Phó Bí thư Thường trực").containsEntry("signer", "Sầm Văn Lịch");
        // two damaged words ending in "VỤ" are the standing committee too; a T/M of another body is not
        assertThat(understanding.understand("x.txt", text.replace("T/M BAN THUỞ NÓ VỤ", "T/M BAN THUỘC NGỮ VỤ")).doc())
                .containsEntry("issuing_body", "Ban Thường vụ Đảng ủy xã An Phú");
        // ... and so is a BAN followed by a speck
        assertThat(understanding.understand("x.txt", text.replace("T/M BAN THUỞ NÓ VỤ", "T/M BAN. THƯỜNG VỤ")).doc())
                .containsEntry("issuing_body", "Ban Thường vụ Đảng ủy xã An Phú");
        assertThat(understanding.understand("x.txt", text.replace("T/M BAN THUỞ NÓ VỤ", "T/M ĐẢNG ỦY")).doc())
                .containsEntry("issuing_body", "Đảng ủy xã An Phú");
    }

    @Test
    void aSignersFamilyName_isWrittenAsTheClosedSetWritesIt() {
        assertThat(IdentityParser.withSurnameAccents("Đậm Thị Thanh Xuân")).isEqualTo("Đàm Thị Thanh Xuân");
        assertThat(IdentityParser.withSurnameAccents("Định Văn Hùng")).isEqualTo("Đinh Văn Hùng");
        assertThat(IdentityParser.withSurnameAccents("Bộ Văn Khiêm")).isEqualTo("Đỗ Văn Khiêm"); // OCR read the capital Đ as B
        assertThat(IdentityParser.withSurnameAccents("Bùi Văn Khiêm")).isEqualTo("Bùi Văn Khiêm");
        // a skeleton two family names share is left as read; so is a given name
        assertThat(IdentityParser.withSurnameAccents("Võ Thị Hoa")).isEqualTo("Võ Thị Hoa");
        assertThat(IdentityParser.withSurnameAccents("Lường Văn Pấng")).isEqualTo("Lường Văn Pấng");
        assertThat(IdentityParser.withSurnameAccents("Mai Xuân Hiện")).isEqualTo("Mai Xuân Hiện");
        assertThat(IdentityParser.withSurnameAccents("Tổ Minh Quyết")).isEqualTo("Tô Minh Quyết");
        // a bare Thi in the middle is Thị; a given name Thi stays, and a bare Van may be Vân
        assertThat(IdentityParser.withSurnameAccents("Mai Thi Hạnh")).isEqualTo("Mai Thị Hạnh");
        assertThat(IdentityParser.withSurnameAccents("Lê Van Anh")).isEqualTo("Lê Van Anh");
        assertThat(IdentityParser.withSurnameAccents("Nguyễn Thi")).isEqualTo("Nguyễn Thi");
    }

    @Test
    void aHeaderlessPlan_namesItsIssuerInAnOpeningThatWraps() {
        String text = String.join("\n",
                "KẾ HOẠCH",
                "thực hiện công tác phát triển đảng viên năm 2026",
                "",
                "Thực hiện Kết luận số 224-KL/TW, Ban Thường vụ Thành ủy ban hành Kế",
                "hoạch thực hiện tại Đảng bộ thành phố như sau:",
                "",
                "T/M BAN THƯỜNG VỤ",
                "PHÓ BÍ THƯ",
                "",
                "Trần Thị Bình");
        assertThat(understanding.understand("x.txt", text).doc()).containsEntry("issuing_body", "Ban Thường vụ Thành ủy")
                .containsEntry("organization", null);
    }

    @Test
    void aSignatureFormLostToTheScan_stillGivesTheSignerPrintedBesideTheRecipients() {
        String text = String.join("\n",
                "KẾ HOẠCH",
                "thực hiện công tác phát triển đảng viên năm 2026",
                "",
                "Nơi nhận:",
                "- Thường trực Thành ủy (để báo cáo),",
                "- Các chi, đảng bộ trực thuộc, Nguyễn Thu Thủy",
                "- Lưu Văn phòng Đảng ủy.");
        assertThat(understanding.understand("x.txt", text).doc()).containsEntry("signer", "Nguyễn Thu Thủy")
                .containsEntry("signer_title", null);
        // capitalised words that are no person's name are not taken for one
        String noName = text.replace(", Nguyễn Thu Thủy", "").replace("- Lưu Văn phòng Đảng ủy.", "- Ban Tổ chức Thành ủy");
        assertThat(understanding.understand("x.txt", noName).doc().get("signer")).isNull();
    }

    @Test
    void aBoardsOwnDepartments_areNamedWithTheBoard_andACellsMembersAreNoUnitOfTheirOwn() {
        String board = String.join("\n",
                "TỈNH ỦY TÂN HÒA",
                "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                "Số 41-KH/BTGDVTU",
                "KẾ HOẠCH",
                "tuyên truyền công tác bảo vệ chính trị nội bộ",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Phòng Tuyên truyền và Báo chí",
                "- Biên soạn đề cương tuyên truyền, cung cấp cho các đảng ủy trực thuộc (trong tháng 4/2026).");
        assertThat(understanding.understand("x.txt", board).tasks().get(0).units()).extracting(UnitRole::name)
                .containsExactly("Phòng Tuyên truyền và Báo chí Ban Tuyên giáo và Dân vận Tỉnh ủy");
        String cell = String.join("\n",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Chi ủy và đảng viên trong Chi bộ nâng cao ý thức cảnh giác, giữ gìn bí mật tài liệu của Chi bộ.");
        assertThat(understanding.understand("x.txt", cell).tasks().get(0).units()).extracting(UnitRole::name)
                .containsExactly("Chi ủy và đảng viên trong Chi bộ");
    }

    @Test
    void aComradeAddressedByTitle_isTheUnit_afterAPhraseOfTime_andAfterTheVerbThatAddressesThem() {
        String cell = String.join("\n",
                "ĐẢNG BỘ CƠ QUAN SỞ TÀI CHÍNH",
                "CHI BỘ PHÒNG KẾ HOẠCH VÀ ĐẦU TƯ",
                "Số 05-KH/CB",
                "KẾ HOẠCH",
                "thực hiện sinh hoạt chi bộ",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Tại kỳ sinh hoạt chi bộ tháng 01/2026, đồng chí Bí thư Chi bộ quán triệt nội dung Kế hoạch này.",
                "2. Phối hợp với đồng chí Bí thư Chi đoàn Thanh niên kiểm tra việc cập nhật tài khoản.",
                "3. Đề nghị đồng chí Trưởng phòng không bố trí họp chuyên môn trùng ngày sinh hoạt chi bộ.",
                "4. Đồng chí Hiệu trưởng nhà trường bố trí phòng họp.",
                "5. Trong quá trình thực hiện, đảng viên có đề xuất, vướng mắc báo cáo trực tiếp đồng chí Bí thư Chi bộ.");
        List<vn.cascade.domain.Task> tasks = understanding.understand("x.txt", cell).tasks();
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Bí thư Chi bộ");
        assertThat(tasks.get(1).units()).extracting(UnitRole::name, UnitRole::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Bí thư Chi đoàn Thanh niên", UnitRole.Role.COOPERATE));
        // the head of the department whose cell issues the plan
        assertThat(tasks.get(2).units()).extracting(u -> u.name().toLowerCase(java.util.Locale.ROOT))
                .containsExactly("trưởng phòng kế hoạch và đầu tư");
        assertThat(tasks.get(3).units()).extracting(UnitRole::name).containsExactly("Hiệu trưởng nhà trường");
        // a clause's own subject after the phrase of time is no unit; whom it reports to is
        assertThat(tasks.get(4).units()).extracting(UnitRole::role).containsExactly(UnitRole.Role.REPORT_TO);
    }

    @Test
    void aHeadingNamingAWholeSet_isIntroducedAgainByWhomExactly_andTheIntroductionGoverns() {
        String plan = String.join("\n",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                "1. Đối với các tổ chức cơ sở đảng",
                "Trong năm 2026, các đảng ủy cơ sở, chi bộ cơ sở trực thuộc Đảng ủy Ủy ban nhân dân tỉnh chú trọng thực hiện tốt những nội dung sau:",
                "- Duy trì nghiêm ngày sinh hoạt thường kỳ hằng tháng.",
                "- Đánh giá chất lượng sinh hoạt chi bộ theo quý.");
        // the committed name finder reads the whole set; the rules alone stop at its first capital
        List<vn.cascade.domain.Task> tasks = Understanding.withModel(Path.of("models", "understand", "ner-vi.bin"))
                .understand("x.txt", plan).tasks();
        assertThat(tasks).hasSize(2);
        assertThat(tasks).allSatisfy(t -> assertThat(t.units()).extracting(UnitRole::name)
                .containsExactly("Các đảng ủy cơ sở, chi bộ cơ sở trực thuộc Đảng ủy Ủy ban nhân dân tỉnh"));
    }

    @Test
    void aShortNameIsNotTakenForAMembersTitleOrASentence() {
        String cell = String.join("\n",
                "ĐẢNG BỘ PHƯỜNG TÙNG LÂM",
                "CHI BỘ KHU PHỐ AN HÒA",
                "Số 05-KH/CB",
                "KẾ HOẠCH",
                "về công tác bảo vệ chính trị nội bộ",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Chi ủy chịu trách nhiệm trước Đảng ủy phường về tình hình chính trị nội bộ của Chi bộ.",
                "2. Đồng chí Chi ủy viên phụ trách công tác kiểm tra theo dõi việc đảng viên đăng tải, báo cáo Chi ủy (hằng tháng).",
                "3. Chi ủy chuẩn bị nội dung sinh hoạt chuyên đề (trong tháng 8/2026).");
        // with the trained name finder, as extract runs (it finds "Chi ủy" alone; the rules do not)
        var tasks = Understanding.withModel(java.nio.file.Path.of("models/understand/ner-vi.bin")).understand("x.txt", cell).tasks();
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Chi ủy");
        assertThat(tasks.get(1).units()).extracting(UnitRole::name)
                .containsExactly("Chi ủy viên phụ trách công tác kiểm tra", "Chi ủy");
        assertThat(tasks.get(2).units()).extracting(UnitRole::name).containsExactly("Chi ủy");
    }

    @Test
    void theBodySignedFor_isNoTitle_aTitleInCapitalsIsNoName_andASpeckAfterTheNameGoes() {
        String text = String.join("\n",
                "KẾ HOẠCH",
                "thực hành tiết kiệm năm 2026",
                "",
                "_T/M CHI BỘ",
                "BÍ THƯ",
                "",
                "Nguyễn Thị Ngọc Lan ở");
        assertThat(understanding.understand("x.txt", text).doc()).containsEntry("signer", "Nguyễn Thị Ngọc Lan")
                .containsEntry("signer_title", "Bí thư");
    }

    @Test
    void specksAfterAHeaderNameAndInsideTheSubject_areNoPartOfThem() {
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH LÂM GIANG ý",
                "ĐẢNG ỦY XÃ PHƯỚC LÂM",
                "KẾ HOẠCH",
                "thực hiện Kết luận số 203-KL/TW về tăng cường _ ; kiểm soát quyền lực và 'hoạt động khoa học ;",
                "",
                "T/M ĐẢNG ỦY",
                "PHÓ BÍ THƯ THUỘC NGỮ TRỰC",
                "",
                "_La Thị Bích Ngọc");
        assertThat(understanding.understand("x.txt", text).doc()).containsEntry("parent_organization", "Đảng bộ tỉnh Lâm Giang")
                .containsEntry("subject", "thực hiện Kết luận số 203-KL/TW về tăng cường kiểm soát quyền lực và hoạt động khoa học")
                .containsEntry("signer_title", "Phó Bí thư Thường trực").containsEntry("signer", "La Thị Bích Ngọc");
    }

    @Test
    void damagedHeader_stillYieldsTasks() {
        String text = String.join("\n",
                "~~ . = :",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "- Văn phòng Thành ủy bảo đảm kinh phí (thực hiện thường xuyên).");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc().get("id")).isNull();
        assertThat(e.tasksJson()).hasSize(1);
        assertThat(e.tasksJson().get(0).get("deadline")).isEqualTo(Map.of("kind", "recurring", "value", "continuous"));
    }

    /** Floors under the development figures on seed 002 (models/understand/EVAL.md). */
    @Test
    @SuppressWarnings("unchecked")
    void devExample002_clearsTheFloors() throws Exception {
        Path gold = Path.of("..", "shared", "eval", "dev", "002.json");
        assumeTrue(Files.isRegularFile(gold), "the development gold is beside the project");
        ExtractionEvaluation ev = new ExtractionEvaluation();
        ev.add(new ObjectMapper().readValue(gold.toFile(), Map.class), understanding.understand("002",
                Files.readString(Path.of("corpus", "seeds", "002_16dc449be3f50a1e.txt"), StandardCharsets.UTF_8)));
        System.out.println(ev.report());
        assertThat(ev.citations().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(ev.tasks().f1()).isGreaterThan(0.85);
        assertThat(ev.units().f1()).isGreaterThan(0.75);
    }

    @Test
    void aSpeckAfterAHeaderLinesLastWord_isNotPartOfTheName() {
        String text = String.join("\n",
                "ĐẢNG BỘ VĂN PHÒNG TỈNH ỦY",
                "CHI BỘ PHÒNG HÀNH CHÍNH - LƯU TRỮ’",
                "Số 06-KH/CB",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Trà Giang, ngày 24 tháng 4 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện công tác cải cách hành chính",
                "",
                "T/M CHI BỘ",
                "BÍ THƯ",
                "",
                "Trần Thị Bình");
        Extraction e = understanding.understand("x.txt", text);
        assertThat((String) e.doc().get("organization")).isEqualToIgnoringCase("Chi bộ Phòng Hành chính - Lưu trữ");
    }

    @Test
    void aDistrictCommitteesHeader_namesTheOrganisation() {
        String text = String.join("\n",
                "ĐẢNG BỘ TỈNH THƯỢNG LAM",
                "HUYỆN ỦY KHE VÂN",
                "*",
                "Số 86-KH/HU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Khe Vân, ngày 17 tháng 3 năm 2025",
                "",
                "KẾ HOẠCH",
                "thực hiện công tác giảm nghèo bền vững",
                "",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "",
                "Trần Văn Bình");
        Extraction e = understanding.understand("x.txt", text);
        assertThat(e.doc()).containsEntry("organization", "Huyện ủy Khe Vân")
                .containsEntry("issuing_body", "Ban Thường vụ Huyện ủy Khe Vân");
    }
}
