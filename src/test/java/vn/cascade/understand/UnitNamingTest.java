package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Task;
import vn.cascade.domain.UnitRole;

/**
 * How units are named and assigned in a plan (DOMAIN.md "Units"), on the rules alone: each case
 * is one convention of the genre, written with invented units.
 */
class UnitNamingTest {

    private final UnitRecognizer units = new UnitRecognizer();
    private final Understanding understanding = new Understanding();

    /** The committed name finder: the recognizer and the understanding built on it, each loaded once. */
    private static final java.nio.file.Path NER = java.nio.file.Path.of("models", "understand", "ner-vi.bin");
    private static UnitRecognizer learnedRecognizer;
    private static Understanding learnedUnderstanding;

    private static synchronized UnitRecognizer learned() throws java.io.IOException {
        if (learnedRecognizer == null) {
            learnedRecognizer = new UnitRecognizer(new opennlp.tools.namefind.TokenNameFinderModel(NER));
        }
        return learnedRecognizer;
    }

    /** A header-less plan with one part, "I. TỔ CHỨC THỰC HIỆN", holding {@code lines}, signed. */
    private static String plan(String subject, String... lines) {
        List<String> all = new java.util.ArrayList<>(List.of("KẾ HOẠCH", subject, "", "I. TỔ CHỨC THỰC HIỆN"));
        all.addAll(List.of(lines));
        all.addAll(List.of("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An"));
        return String.join("\n", all);
    }

    private static synchronized Understanding withNameFinder() {
        if (learnedUnderstanding == null) {
            learnedUnderstanding = Understanding.withModel(NER);
        }
        return learnedUnderstanding;
    }

    @Test
    void committeesPlaceIsCapitalised_theSentenceGoesOnAfterIt() {
        assertThat(units.find("Ban Thường vụ Đảng ujy xã tổ chức hội nghị quán triệt".replace("ujy", "ủy")))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Ban Thường vụ Đảng ủy xã");
        assertThat(units.find("Ban Thường vụ Đảng ủy xã Tân Phong tổ chức hội nghị"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Ban Thường vụ Đảng ủy xã Tân Phong");
    }

    @Test
    void theOfficeOfThePeoplesCouncilAndCommittee_isAStateBody_notTheCommitteesOffice() {
        assertThat(units.find("Phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tiếp nhận phản ánh"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã");
        assertThat(units.find("Văn phòng Ủy ban nhân dân tỉnh chủ trì"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
        // the party committee's office stays its organ
        assertThat(units.find("Giao Văn phòng Đảng ủy tham mưu")).extracting(UnitRecognizer.Mention::organ).containsExactly(true);
    }

    @Test
    void theSecretaryOfAnAgencysCommittee_andOneComradesTwoPosts_areOneUnit() {
        assertThat(units.find("Giao đồng chí Phó Bí thư Đảng ủy Sở theo dõi, đôn đốc"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phó Bí thư Đảng ủy Sở");
        String both = "Đồng chí Phó Bí thư Đảng ủy Công ty, Giám đốc Công ty chịu trách nhiệm chỉ đạo thực hiện";
        assertThat(units.find(both)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Phó Bí thư Đảng ủy Công ty, Giám đốc Công ty");
        assertThat(units.parts(units.subject(both).orElseThrow())).hasSize(1);
        // a hamlet's officers are named by the place's kind
        assertThat(units.find("Đồng chí Phó Bí thư Chi bộ, Trưởng thôn chuẩn bị bản kiểm điểm"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phó Bí thư Chi bộ, Trưởng thôn");
        assertThat(units.find("Đề nghị đồng chí Trưởng ban công tác Mặt trận khu phố lấy ý kiến"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Trưởng ban công tác Mặt trận khu phố");
        assertThat(units.find("Trưởng ban Tổ chức")).extracting(UnitRecognizer.Mention::name).doesNotContain("Trưởng ban");
        // several comrades are several units
        assertThat(units.find("Các đồng chí Bí thư Chi bộ, Giám đốc Công ty chịu trách nhiệm")).hasSize(2);
    }

    @Test
    void unitsListedWithCommas_stayApart_evenWhenOcrLostTheNextOnesCapital() throws Exception {
        UnitRecognizer learned = learned();
        for (String text : java.util.List.of(
                "phối hợp với Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, đảng ủy Công an tỉnh tham mưu ban hành Quy chế",
                "phối hợp với Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Đảng ủy Công an tỉnh tham mưu ban hành Quy chế")) {
            assertThat(learned.find(text)).extracting(UnitRecognizer.Mention::name)
                    .contains("Ban Nội chính Tỉnh ủy").doesNotContain("Ban Nội chính Tỉnh ủy, đảng ủy Công an tỉnh");
        }
    }

    @Test
    void aNameJoinedByADash_isOneName_whereTheLearnedSpanStoppedAtTheDash() throws Exception {
        UnitRecognizer learned = learned();
        assertThat(learned.find("Chủ trì, phối hợp với Ban Chính trị, Ban Hậu cần - Kỹ thuật tham mưu Chỉ huy trưởng điều chỉnh kế hoạch"))
                .extracting(UnitRecognizer.Mention::name).contains("Ban Hậu cần - Kỹ thuật").doesNotContain("Ban Hậu cần");
        // a dash before a lower-case word is no name's
        assertThat(learned.find("Ban Hậu cần - kiểm tra trang bị"))
                .extracting(UnitRecognizer.Mention::name).noneMatch(n -> n.contains("kiểm tra"));
    }

    @Test
    void aSchoolsBodies_areNamedByMembersAndHouse_andANameEndingWithItsLevelIsWhole() throws Exception {
        UnitRecognizer learned = learned();
        assertThat(learned.find("Công đoàn nhà trường phát động phong trào thi đua"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Công đoàn nhà trường");
        var both = learned.subject("Đề nghị Công đoàn cơ sở và Chi đoàn giáo viên nhà trường vận động đoàn viên tham gia");
        assertThat(learned.parts(both.orElseThrow())).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Công đoàn cơ sở nhà trường", "Chi đoàn giáo viên nhà trường");
        // lower-case words after a name's level are the sentence going on
        assertThat(learned.find("Phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh phường lập tổ hỗ trợ đảng viên"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường");
    }

    @Test
    void bodiesAndHeadsJoinedBeforeAScopeWrittenOnce_shareIt() throws Exception {
        UnitRecognizer learned = learned();
        assertThat(learned.find("phối hợp với Đoàn Thanh niên và Hội Liên hiệp Phụ nữ phường cử đoàn viên kèm cặp đảng viên"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường");
        assertThat(learned.find("phối hợp với Bí thư Chi đoàn, Chi hội trưởng Chi hội Phụ nữ tổ dân phố phân công người hỗ trợ"))
                .extracting(UnitRecognizer.Mention::name)
                .containsExactly("Bí thư Chi đoàn tổ dân phố", "Chi hội trưởng Chi hội Phụ nữ tổ dân phố");
        var heads = learned.subject("Đề nghị đồng chí Tổ trưởng và đồng chí Trưởng ban công tác Mặt trận tổ dân phố thông tin tình hình");
        assertThat(learned.parts(heads.orElseThrow())).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Tổ trưởng tổ dân phố", "Trưởng ban công tác Mặt trận tổ dân phố");
        // a committee named with its place is no mass body: it keeps its own name
        assertThat(learned.find("phối hợp với Đảng ủy Quân sự và Ủy ban nhân dân phường tổ chức"))
                .extracting(UnitRecognizer.Mention::name).doesNotContain("Đảng ủy Quân sự phường");
    }

    @Test
    void anOfficerIsNamedByTitleAndCommittee_courtesyDropped() {
        assertThat(units.find("Đồng chí Phó Bí thư Chi bộ theo dõi việc thực hiện"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phó Bí thư Chi bộ");
        assertThat(units.find("Đồng chí Bí thư Đảng ủy chỉ đạo chung").get(0).organ()).isTrue();
    }

    @Test
    void agenciesAreFoundThroughWrongAccents_asRestoredOcrLeavesThem() {
        // restoration put the wrong tones on "Hội Cựu chiến binh phường": the name is still read
        assertThat(units.find("Hỏi Cựu chiến bình phương vận động hội viên"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Hỏi Cựu chiến bình phương");
        assertThat(units.find("Đề nghị Sờ Tài chính chủ trì")).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Sờ Tài chính");
    }

    @Test
    void anAgencysCommittee_isNamedByTheAgencysKind_andADepartmentOfTwoFunctionsIsOne() {
        assertThat(Understanding.level(java.util.Map.of("organization", "Đảng ủy Công ty TNHH MTV Thủy lợi Sơn Nam"), ""))
                .isEqualTo("Đảng ủy Công ty");
        assertThat(Understanding.level(java.util.Map.of("organization", "Đảng ủy cơ quan Sở Tài chính"), ""))
                .isEqualTo("Đảng ủy cơ quan Sở");
        assertThat(units.find("Chủ trì, phối hợp với Phòng Tài chính - Kế toán rà soát định mức"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phòng Tài chính - Kế toán");
    }

    @Test
    void anOrgansCell_isOneUnit_andAnAgencyEndsBeforeAnotherUnitJoinedByVa() {
        assertThat(units.find("Chi bộ Khoa Khám bệnh tổ chức sinh hoạt chuyên đề"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Chi bộ Khoa Khám bệnh");
        assertThat(units.find("Báo cáo kết quả về Sở Giáo dục và Đào tạo và Đảng ủy Trường (hằng quý)."))
                .extracting(UnitRecognizer.Mention::name).startsWith("Sở Giáo dục và Đào tạo"); // not "… và Đảng ủy Trường"
        // an agency's organs open a sentence as its subject
        assertThat(units.subject("Công đoàn Trường vận động đoàn viên công đoàn tham gia khóa học"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Công đoàn Trường");
        assertThat(units.subject("Trạm Y tế các xã chủ động phối hợp với Ủy ban nhân dân các xã"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Trạm Y tế các xã");
        // an agency's own committee named by its kind; a numbered works; a time word ends a name
        assertThat(units.subject("Các chi bộ, đảng bộ bộ phận trực thuộc Đảng ủy Công ty tập trung lãnh đạo"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Các chi bộ, đảng bộ bộ phận trực thuộc Đảng ủy Công ty");
        assertThat(units.find("Phối hợp với Xí nghiệp Thủy nông số 1 lắp đặt thiết bị"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Xí nghiệp Thủy nông số 1");
        assertThat(units.find("gửi về Đảng ủy Công ty trước ngày 15/12"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đảng ủy Công ty");
        // "vận", "chí", "xã hội" inside a name; "vận động" after it is the verb
        assertThat(units.find("Phòng Dân vận và Dư luận xã hội tổ chức điều tra"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phòng Dân vận và Dư luận xã hội");
        assertThat(units.find("Phòng Tuyên truyền và Báo chí chủ trì"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phòng Tuyên truyền và Báo chí");
        assertThat(units.find("Hội Nông dân phường vận động hội viên"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Hội Nông dân phường");
        // the unit a request or a charge is addressed to is the subject
        assertThat(units.subject("Đề nghị Ủy ban nhân dân phường bố trí kinh phí cho công tác bảo vệ"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Ủy ban nhân dân phường");
        // an agency's office is complete without the committee's level; "những" ends a name
        assertThat(UnitRecognizer.withLevel(new UnitRecognizer.Mention("Văn phòng Sở", 0, 12, true), "Đảng ủy Sở"))
                .isEqualTo("Văn phòng Sở");
        assertThat(units.find("phản ánh về Đảng ủy Sở những biểu hiện"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đảng ủy Sở");
        // "Đảng ủy" alone in a committee's own plan is that committee
        assertThat(UnitRecognizer.withLevel(units.find("Các chi bộ trực thuộc Đảng ủy tập trung").get(0), "Đảng ủy Trung tâm"))
                .isEqualTo("Các chi bộ trực thuộc Đảng ủy Trung tâm");
        // "các chi bộ" in a committee's own plan are its cells; elsewhere, and qualified, as written
        assertThat(UnitRecognizer.withLevel(units.find("phối hợp với các chi bộ rà soát").get(0), "Đảng ủy xã"))
                .isEqualTo("Các chi bộ trực thuộc Đảng ủy xã");
        assertThat(UnitRecognizer.withLevel(units.find("phối hợp với các chi bộ rà soát").get(0), "Tỉnh ủy"))
                .isEqualTo("Các chi bộ");
        assertThat(UnitRecognizer.withLevel(units.find("các chi bộ trong Đảng bộ xã rà soát").get(0), "Đảng ủy xã"))
                .isEqualTo("Các chi bộ trong Đảng bộ xã");
    }

    @Test
    void theFront_isThePlaces_theStatesPartyGroups_andMassBodies_shareTheLastPlace() throws Exception {
        // read from blind plans 37-39 (a district before the 2025 reform and its communes)
        assertThat(UnitRecognizer.withLevel(units.find("phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam hướng dẫn").get(0), "Huyện ủy"))
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
        assertThat(UnitRecognizer.withLevel(units.find("phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam hướng dẫn").get(0), "Đảng ủy xã"))
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam xã");
        assertThat(units.find("Đảng đoàn Hội đồng nhân dân huyện lãnh đạo Hội đồng nhân dân huyện ban hành nghị quyết"))
                .extracting(UnitRecognizer.Mention::name).first().isEqualTo("Đảng đoàn Hội đồng nhân dân huyện");
        UnitRecognizer learned = learned();
        assertThat(learned.parts(learned.subject("Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên xã hướng dẫn hội viên").orElseThrow()))
                .extracting(UnitRecognizer.Mention::name)
                .containsExactly("Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã");
    }

    @Test
    void subject_runsToTheLastUnitBeforeTheVerb() {
        assertThat(units.subject("Chi ủy, đảng viên trong Chi bộ tập trung thực hiện tốt các nhiệm vụ sau:"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Chi ủy, đảng viên trong Chi bộ");
        assertThat(units.subject("Các đảng viên trong Chi bộ đăng ký việc làm cụ thể"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Các đảng viên trong Chi bộ");
        // a sentence that opens with its verb has no subject, whatever units it names later
        assertThat(units.subject("Tổ chức cho đảng viên trong Chi bộ học tập")).isEmpty();
        // a unit after the verb is its object, not more of the subject
        assertThat(units.subject("Chi ủy chịu trách nhiệm trước Đảng ủy phường về tình hình chính trị nội bộ của Chi bộ."))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Chi ủy");
        // after "công tác" the verb names a field of work, inside an officer's title
        assertThat(units.subject("Đồng chí Chi ủy viên phụ trách công tác kiểm tra theo dõi việc đảng viên đăng tải, báo cáo Ban Thường vụ Đảng ủy phường (hằng tháng)."))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Chi ủy viên phụ trách công tác kiểm tra");
    }

    @Test
    void parts_splitJoinedUnits_andShareTheScopeWrittenOnce() {
        UnitRecognizer.Mention s = units.subject(
                "Các cấp ủy, tổ chức đảng và người đứng đầu các cơ quan, đơn vị trong Đảng bộ tập trung thực hiện").orElseThrow();
        assertThat(units.parts(s)).extracting(UnitRecognizer.Mention::name).containsExactly(
                "Các cấp ủy, tổ chức đảng trong Đảng bộ", "Người đứng đầu các cơ quan, đơn vị trong Đảng bộ");
        // an organ whose own name has "và" stays one
        UnitRecognizer.Mention board = units.subject("Ban Tuyên giáo và Dân vận Thành ủy chủ trì").orElseThrow();
        assertThat(units.parts(board)).hasSize(1);
    }

    @Test
    void headingAndIntroduction_governTheirItems_shortFormTakesTheFullName() {
        String text = String.join("\n",
                "ĐẢNG ỦY QUÂN SỰ TỈNH NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 07-KH/ĐU Nam Sơn, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện tiết kiệm năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "Chi ủy, đảng viên trong các chi bộ tập trung thực hiện tốt các nhiệm vụ sau:",
                "1. Gương mẫu tiết kiệm trong công tác và sinh hoạt.",
                "2. Sử dụng văn bản điện tử trong xử lý hồ sơ.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh",
                "- Rà soát hồ sơ đất quốc phòng (hoàn thành trong quý II/2026).",
                "2. Giao đồng chí Phó Bí thư Chi bộ:",
                "- Tổng hợp kết quả, báo cáo Đảng ủy Quân sự tỉnh (qua Phòng Tham mưu) trước ngày 25/11/2026.",
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Nguyễn Văn An");
        // the name finder reads the short form the rules have no head for ("Phòng Tham mưu")
        List<Task> tasks = withNameFinder()
                .understand("x.txt", text).tasks();
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Chi ủy, đảng viên trong các chi bộ");
        assertThat(tasks.get(2).units()).extracting(UnitRole::name).containsExactly("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh");
        assertThat(tasks.get(3).units()).contains(new UnitRole("Phó Bí thư Chi bộ", UnitRole.Role.LEAD),
                new UnitRole("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh", UnitRole.Role.REPORT_TO));
    }

    @Test
    void whomAReportGoesTo_throughAnAdverbOrACourtesy() {
        String text = String.join("\n",
                "CHI BỘ PHÒNG KẾ HOẠCH ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 05-KH/CB Nam Sơn, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện tiết kiệm năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Các tổ đảng rà soát hồ sơ, báo cáo trực tiếp đồng chí Bí thư Chi bộ trước ngày 25/11/2026.",
                "2. Quá trình thực hiện, nếu có vướng mắc, các tổ đảng báo cáo ngay Ban Thường vụ Đảng ủy phường để xem xét.",
                "T/M CHI BỘ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = new Understanding().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).contains(new UnitRole("Bí thư Chi bộ", UnitRole.Role.REPORT_TO));
        assertThat(tasks.get(1).units()).contains(new UnitRole("Ban Thường vụ Đảng ủy phường", UnitRole.Role.REPORT_TO));
    }

    @Test
    void aMassBodyNamedByItsKind_takesTheAgencyOfTheUnitJoinedToIt() {
        UnitRecognizer.Mention both = units.subject("Hội đồng quân nhân và Chi đoàn Phòng Hậu cần phát động đợt thi đua").orElseThrow();
        assertThat(units.parts(both)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Hội đồng quân nhân Phòng Hậu cần", "Chi đoàn Phòng Hậu cần");
        UnitRecognizer.Mention union = units.subject("Công đoàn cơ sở và Chi đoàn Thanh niên Sở Tài chính phát động phong trào").orElseThrow();
        assertThat(units.parts(union)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Công đoàn cơ sở Sở Tài chính", "Chi đoàn Thanh niên Sở Tài chính");
    }

    @Test
    void aMassBodyJoinedToAnotherNamedWithItsAgency_sharesThatAgency_butNotTheYouthUnionsOwnName() throws Exception {
        UnitRecognizer units = learned();
        UnitRecognizer.Mention both = units.subject("Đề nghị Công đoàn và Đoàn Thanh niên Cục Hải quan thành phố vận động đoàn viên góp ý").orElseThrow();
        assertThat(units.parts(both)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Công đoàn Cục Hải quan thành phố", "Đoàn Thanh niên Cục Hải quan thành phố");
        assertThat(UnitRecognizer.agencyAfterBody("Đoàn Thanh niên Cộng sản Hồ Chí Minh")).isEmpty();
        assertThat(UnitRecognizer.agencyAfterBody("Hội Cựu chiến binh Công ty")).isEqualTo(" Công ty");
    }

    @Test
    void postsWrittenBareBeforeOneCommittee_areEachOfThatCommittee_andCourtesyIsDropped() throws Exception {
        UnitRecognizer units = learned();
        UnitRecognizer.Mention all = units.subject("Đồng chí Bí thư, Phó Bí thư Đảng ủy xã và các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã dự hội nghị")
                .orElseThrow();
        assertThat(units.parts(all)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Bí thư Đảng ủy xã", "Phó Bí thư Đảng ủy xã", "Ủy viên Ban Thường vụ Đảng ủy xã");
        assertThat(units.subject("Các đồng chí Trưởng thôn nắm tình hình, báo cáo Chi ủy").map(UnitRecognizer.Mention::name))
                .hasValue("Trưởng thôn");
    }

    @Test
    void theMembersOfACell_andTheDoersAfterAConditionFrontingTheSentence_areTheSubject() throws Exception {
        UnitRecognizer units = learned();
        assertThat(units.subject("Toàn thể đảng viên trong Chi bộ thực hiện nghiêm các nội dung sau:").map(UnitRecognizer.Mention::name))
                .hasValue("Toàn thể đảng viên trong Chi bộ");
        assertThat(units.subject("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các chi bộ kịp thời phản ánh về Đảng ủy.")
                .map(UnitRecognizer.Mention::name)).hasValue("Các chi bộ");
        assertThat(units.subject("Quá trình thực hiện, có vướng mắc phát sinh, Chi ủy báo cáo Đảng ủy xã.").map(UnitRecognizer.Mention::name))
                .hasValue("Chi ủy");
        // the standing phrase keeps its qualifier
        assertThat(units.subject("Cấp ủy cấp trên trực tiếp phân công cấp ủy viên dự sinh hoạt.").map(UnitRecognizer.Mention::name))
                .hasValue("Cấp ủy cấp trên trực tiếp");
    }

    @Test
    void aLearnedSpanEndingInsideAVerb_endsBeforeIt() throws Exception {
        assertThat(learned().find("Đề nghị Tổ Công đoàn Phòng Lưu trữ tổ chức cho đoàn viên góp ý."))
                .extracting(UnitRecognizer.Mention::name).allMatch(n -> !n.endsWith(" tổ") && !n.endsWith("chức"));
        assertThat(UnitRecognizer.beforeStraddlingVerb("Phòng Lưu trữ tổ chức họp", 0, "Phòng Lưu trữ tổ".length()))
                .isEqualTo("Phòng Lưu trữ".length());
        // a list's noun is no verb: "các chi bộ, tổ chức trong hệ thống chính trị"
        String list = "Các chi bộ, tổ chức trong hệ thống chính trị";
        assertThat(UnitRecognizer.beforeStraddlingVerb(list + " tập trung", 0, "Các chi bộ, tổ".length())).isEqualTo("Các chi bộ, tổ".length());
    }

    @Test
    void aSolutionOfAListAddressedToACollective_isTheCollectives_whateverItsLaterSentencesNameAsDoers() {
        String text = String.join("\n",
                "ĐẢNG ỦY XÃ TÂN LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 11-KH/ĐU Tân Lập, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "nâng cao chất lượng sinh hoạt chi bộ",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "Các chi bộ trực thuộc tập trung thực hiện tốt các nhiệm vụ, giải pháp sau:",
                "1. Phát huy dân chủ trong sinh hoạt. Bí thư chi bộ tôn trọng ý kiến của đảng viên trẻ.",
                "2. Chi ủy chuẩn bị nội dung sinh hoạt trước 03 ngày.",
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Các chi bộ trực thuộc Đảng ủy xã");
        // a first sentence with its own doer names it instead
        assertThat(tasks.get(1).units()).extracting(UnitRole::name).containsExactly("Chi ủy");
    }

    @Test
    void aSpecialZonesBodies_aHamletsCells_andAnAsideAfterTheSubject() throws Exception {
        UnitRecognizer units = learned();
        assertThat(units.find("Đề nghị Ủy ban nhân dân đặc khu bố trí phòng họp")).extracting(UnitRecognizer.Mention::name)
                .contains("Ủy ban nhân dân đặc khu");
        assertThat(units.subject("Các chi bộ trực thuộc Đảng ủy đặc khu, trước hết là các chi bộ nghề cá, tập trung thực hiện các nội dung sau:")
                .map(UnitRecognizer.Mention::name)).hasValue("Các chi bộ trực thuộc Đảng ủy đặc khu");
        UnitRecognizer.Mention heads = units.subject("Đề nghị đồng chí Chi hội trưởng Chi hội Phụ nữ và Chi hội trưởng Chi hội Nông dân bản vận động hội viên")
                .orElseThrow();
        assertThat(units.parts(heads)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Chi hội trưởng Chi hội Phụ nữ", "Chi hội trưởng Chi hội Nông dân bản");
        assertThat(units.find("Chi bộ bản Sà Phìn phối hợp với Đồn Biên phòng Nà Khoang")).extracting(UnitRecognizer.Mention::name)
                .contains("Chi bộ bản Sà Phìn");
        assertThat(units.subject("Đồng chí Chính ủy Bộ đội Biên phòng tỉnh trực tiếp lãnh đạo, chỉ đạo").map(UnitRecognizer.Mention::name))
                .hasValue("Chính ủy Bộ đội Biên phòng tỉnh");
    }

    @Test
    void plusLinesUnderAPartsIntroduction_andUnderADashSubheading_areItemsOfWhomTheyName() {
        String text = String.join("\n",
                "CHI BỘ THÔN ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 04-KH/CB Tân Lập, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "về sinh hoạt chi bộ",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. NHỮNG VIỆC CHI BỘ THỐNG NHẤT THỰC HIỆN",
                "",
                "Chi ủy và toàn thể đảng viên trong Chi bộ thống nhất thực hiện những việc sau:",
                "",
                "+ Sinh hoạt đúng ngày 05 hằng tháng tại nhà văn hóa thôn.",
                "",
                "+ Mỗi quý có một buổi sinh hoạt chuyên đề.",
                "III. PHÂN CÔNG THỰC HIỆN",
                "1. Các chi bộ trực thuộc",
                "- Đối với các chi bộ khu dân cư:",
                "+ Nắm tình hình đảng viên đi làm ăn xa.",
                "+ Báo cáo Chi ủy trước ngày 25 hằng tháng.",
                "T/M CHI BỘ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("Sinh hoạt đúng ngày 05 hằng tháng tại nhà văn hóa thôn.",
                "Mỗi quý có một buổi sinh hoạt chuyên đề.", "Nắm tình hình đảng viên đi làm ăn xa.",
                "Báo cáo Chi ủy trước ngày 25 hằng tháng.");
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Chi ủy và toàn thể đảng viên trong Chi bộ");
        assertThat(tasks.get(2).units()).extracting(UnitRole::name).first().asString().startsWith("Các chi bộ khu dân cư");
    }

    @Test
    void anAmendingPlansInstructionsAndFacts_areNoTasks_itsQuotedItemsAreThePointsTheyAmend() {
        String text = String.join("\n",
                "ĐẢNG ỦY XÃ TÂN LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 21-KH/ĐU Tân Lập, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "sửa đổi, bổ sung Kế hoạch số 09-KH/ĐU",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. NỘI DUNG SỬA ĐỔI, BỔ SUNG",
                "1. Sửa đổi, bổ sung điểm 2.1, khoản 2, Mục II (Văn phòng Đảng ủy) như sau:",
                "a) Gạch đầu dòng thứ hai được sửa đổi như sau:",
                "\"- Bố trí phòng họp cho các chi bộ (hoàn thành trong quý II/2026).\"",
                "2. Bãi bỏ gạch đầu dòng thứ ba, điểm 2.2, khoản 2, Mục II.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Các nội dung khác của Kế hoạch số 09-KH/ĐU giữ nguyên.",
                "2. Kế hoạch này có hiệu lực kể từ ngày ký.",
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("Bố trí phòng họp cho các chi bộ (hoàn thành trong quý II/2026).");
        assertThat(tasks.get(0).section()).isEqualTo("2.1");
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Văn phòng Đảng ủy xã");
    }

    @Test
    void aReportsTasks_areInItsPartOnWhatComesNext_only() {
        String text = String.join("\n",
                "ĐẢNG ỦY XÃ TÂN LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 30-BC/ĐU Tân Lập, ngày 15 tháng 6 năm 2026",
                "",
                "BÁO CÁO",
                "sơ kết 06 tháng thực hiện Kế hoạch số 09-KH/ĐU",
                "",
                "I. KẾT QUẢ THỰC HIỆN",
                "1. Các chi bộ duy trì sinh hoạt đúng ngày 05 hằng tháng (đạt 96%).",
                "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
                "1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề quý III/2026.",
                "Trên đây là báo cáo sơ kết 06 tháng của Ban Thường vụ Đảng ủy xã.",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks).extracting(Task::text).containsExactly("Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề quý III/2026.");
    }

    @Test
    void aNamesLowerCaseRest_isKeptWhereTheLearnedSpanReachesIt() throws Exception {
        UnitRecognizer learned = learned();
        assertThat(learned.find("Chủ trì, phối hợp với Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế điều tra, triệt phá các đường dây."))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phòng Cảnh sát hình sự", "Phòng Cảnh sát kinh tế");
        assertThat(learned.find("Phân xưởng Cơ khí sửa chữa tận dụng vật tư thu hồi."))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Phân xưởng Cơ khí sửa chữa");
        // a party organ's name ends with its level: a damaged word after it is not more name
        assertThat(learned.find("Giao Ban Nội chính Tỉnh dự là cơ quan thường trực"))
                .extracting(UnitRecognizer.Mention::name).noneMatch(n -> n.contains("dự"));
    }

    @Test
    void aReportsRecipients_listedAfterTheChannel_orAfterALongObject() throws Exception {
        String text = plan("thực hiện tiết kiệm năm 2026",
                "1. Ban Giám đốc Trung tâm",
                "- Báo cáo kết quả thực hiện với Ban Thường vụ Đảng ủy xã (qua Ban Xây dựng Đảng Đảng ủy xã) và Sở Y tế trước ngày 10/12/2026.",
                "- Báo cáo kết quả thực hành tiết kiệm, chống lãng phí với Ban Thường vụ Đảng ủy Công ty và Ủy ban nhân dân tỉnh hằng năm.");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).contains(new UnitRole("Sở Y tế", UnitRole.Role.REPORT_TO));
        assertThat(tasks.get(1).units()).contains(new UnitRole("Ban Thường vụ Đảng ủy Công ty", UnitRole.Role.REPORT_TO),
                new UnitRole("Ủy ban nhân dân tỉnh", UnitRole.Role.REPORT_TO));
    }

    @Test
    void aHeadingsNameGoesOnAfterVa_whenWhatFollowsStartsNoUnit() throws Exception {
        String text = plan("thực hiện liêm chính học thuật năm 2026",
                "1. Phòng Khoa học công nghệ và Hợp tác quốc tế",
                "- Rà soát các công trình công bố của giảng viên (hoàn thành trong quý III/2026).",
                "2. Phòng Đào tạo và Ban Thanh tra",
                "- Rà soát quy chế đào tạo (hoàn thành trong quý III/2026).");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).extracting(UnitRole::name).containsExactly("Phòng Khoa học công nghệ và Hợp tác quốc tế");
        assertThat(tasks.get(1).units()).extracting(UnitRole::name).doesNotContain("Phòng Đào tạo và Ban Thanh tra");
    }

    @Test
    void theChannelOfAReport_isTheOrganOfTheCommitteeItGoesTo_andNộpIsAReport() throws Exception {
        String text = String.join("\n",
                "CHI BỘ KHU PHỐ ĐÌNH TRUNG ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 05-KH/CB Tân Hòa, ngày 05 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "thực hiện công tác bảo vệ chính trị nội bộ năm 2026",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Nâng cao nhận thức.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Đồng chí Bí thư Chi bộ tổng hợp, báo cáo kết quả thực hiện về Đảng ủy phường (qua Văn phòng Đảng ủy) định kỳ 06 tháng.",
                "2. Chi ủy hướng dẫn đảng viên kê khai lý lịch; thu, nộp về Ban Xây dựng Đảng Đảng ủy phường trước ngày 15/6/2026.",
                "T/M CHI BỘ",
                "BÍ THƯ",
                "Nguyễn Văn An");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).contains(new UnitRole("Văn phòng Đảng ủy phường", UnitRole.Role.REPORT_TO));
        assertThat(tasks.get(1).units()).contains(new UnitRole("Ban Xây dựng Đảng Đảng ủy phường", UnitRole.Role.REPORT_TO));
    }

    @Test
    void lãnhĐạoBeforeOneUnit_isTheVerb_beforeASetTheirLeaders() {
        // "Lãnh đạo Ủy ban nhân dân tỉnh ưu tiên …": the committee leads the state body, which is no subject
        assertThat(units.subject("Lãnh đạo Ủy ban nhân dân tỉnh ưu tiên bố trí kinh phí chuyển đổi số")).isEmpty();
        assertThat(units.subject("Lãnh đạo các cơ quan, đơn vị chịu trách nhiệm trước Ban Thường vụ"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Lãnh đạo các cơ quan, đơn vị");
    }

    @Test
    void aCommitteeMember_isNamedByTheChargeGivenToThem() throws Exception {
        assertThat(units.find("gửi xin ý kiến đồng chí Đảng ủy viên phụ trách Chi bộ (trước ngày 29/11/2025)"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đảng ủy viên phụ trách Chi bộ");
        assertThat(units.find("nộp cho đồng chí chi ủy viên phụ trách công tác tổ chức, kiểm tra (trước ngày 03/12/2025)"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Chi ủy viên phụ trách công tác tổ chức, kiểm tra");
        assertThat(units.find("Đảng ủy viên được phân công phụ trách chi bộ nắm tình hình"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đảng ủy viên được phân công phụ trách chi bộ");
        // the assignment is kept, as 9 of the 11 golds write it; such a member, and a hamlet's officer, open a sentence as its subject ("Mỗi đồng chí …")
        assertThat(units.subject("Mỗi đồng chí Đảng ủy viên được phân công phụ trách chi bộ nắm tình hình chính trị nội bộ"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Đảng ủy viên được phân công phụ trách chi bộ");
        assertThat(units.subject("Đồng chí Trưởng khu phố phối hợp với Công an phường rà soát"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Trưởng khu phố");
        // a body's members with their charge
        UnitRecognizer learned = learned();
        assertThat(learned.subject("Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã phụ trách chi bộ có trách nhiệm theo dõi"))
                .get().extracting(UnitRecognizer.Mention::name).isEqualTo("Ủy viên Ban Chấp hành Đảng bộ xã phụ trách chi bộ");
    }

    @Test
    void aScopeWrittenOnceAfterTheLastPart_isNotACommitteesNamedWithItsOwnPlaces() throws Exception {
        UnitRecognizer learned = learned();
        UnitRecognizer.Mention both = learned.subject("Đảng ủy quân sự các huyện, thị xã, thành phố và các đảng bộ, chi bộ trực thuộc")
                .orElseThrow();
        assertThat(learned.parts(both)).extracting(UnitRecognizer.Mention::name)
                .containsExactly("Đảng ủy quân sự các huyện, thị xã, thành phố", "Các đảng bộ, chi bộ trực thuộc");
    }

    @Test
    void aBodyAtTheSameLevel_takesTheLevelOfTheUnitNamedBeforeIt() throws Exception {
        String text = plan("phòng, chống tội phạm năm 2025",
                "1. Công an các xã, phường",
                "- Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã, phường và Đoàn Thanh niên cùng cấp tổ chức ngày hội (trong năm 2025).");
        List<Task> tasks = withNameFinder().understand("x.txt", text).tasks();
        assertThat(tasks.get(0).units()).contains(new UnitRole("Đoàn Thanh niên xã, phường", UnitRole.Role.COOPERATE));
    }

    @Test
    void aBareCellInLowerCase_isTheCommonNoun_unlessADeterminerMakesItOne() {
        assertThat(units.find("khi tiếp xúc với người nước ngoài, báo cáo chi bộ nội dung làm việc")).isEmpty();
        assertThat(units.find("mỗi chi bộ đăng ký một mô hình")).extracting(UnitRecognizer.Mention::name).containsExactly("Chi bộ");
        assertThat(units.find("báo cáo Chi bộ kết quả thực hiện")).extracting(UnitRecognizer.Mention::name).containsExactly("Chi bộ");
        assertThat(units.find("Đồng chí Bí thư chi bộ theo dõi")).extracting(UnitRecognizer.Mention::name).containsExactly("Bí thư chi bộ");
    }

    @Test
    void aGroupOfEveryOrganisation_isTheSubjectUpToItsVerb_thoughNoNameCoversItsRest() {
        assertThat(units.subject("Các cấp ủy, tổ chức đảng và hệ thống chính trị trong tỉnh chú trọng thực hiện các giải pháp sau:"))
                .map(UnitRecognizer.Mention::name).hasValue("Các cấp ủy, tổ chức đảng và hệ thống chính trị trong tỉnh");
        assertThat(units.subject("Cấp ủy, tổ chức đảng, chính quyền các cấp trong huyện tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau:"))
                .map(UnitRecognizer.Mention::name).hasValue("Cấp ủy, tổ chức đảng, chính quyền các cấp trong huyện");
        // a person's post with a modal before the verb is not such a group
        assertThat(units.subject("Bí thư chi bộ, cấp ủy phải thực hiện nghiêm việc chuẩn bị nội dung sinh hoạt")
                .map(UnitRecognizer.Mention::name).orElse("")).doesNotContain("phải");
    }

    @Test
    void aPartsIntroduction_governsTheItemsUnderItsTopicHeadings_andACentralOrganTakesNoLevel() {
        String text = String.join("\n", "ĐẢNG BỘ TỈNH QUẢNG SƠN", "TỈNH ỦY", "Số 41-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Quảng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "thực hiện công tác quản lý đất đai", "",
                "I. MỤC ĐÍCH, YÊU CẦU", "", "1. Nâng cao nhận thức của cán bộ, đảng viên.", "",
                "II. NHIỆM VỤ, GIẢI PHÁP", "",
                "Các cấp ủy, tổ chức đảng và hệ thống chính trị trong tỉnh chú trọng thực hiện các giải pháp sau:", "",
                "1. Nâng cao nhận thức, trách nhiệm của người đứng đầu trong quản lý đất đai.", "",
                "2. Về hoàn thiện cơ chế, chính sách", "",
                "- Rà soát các văn bản của tỉnh về bồi thường, hỗ trợ, tái định cư.", "",
                "3. Tăng cường kiểm tra, giám sát việc quản lý, sử dụng đất đai.", "",
                "III. TỔ CHỨC THỰC HIỆN", "",
                "1. Ban Nội chính Tỉnh ủy tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy báo cáo Ban Bí thư (qua Văn phòng Trung ương Đảng) kết quả thực hiện.", "",
                "Nơi nhận:", "- Như trên.");
        List<Task> tasks = understanding.understand("x.txt", text).tasks();
        assertThat(tasks.subList(0, 3)).allSatisfy(t -> assertThat(t.units()).extracting(UnitRole::name)
                .containsExactly("Các cấp ủy, tổ chức đảng và hệ thống chính trị trong tỉnh"));
        assertThat(tasks.get(3).units()).extracting(UnitRole::name)
                .contains("Ban Bí thư", "Văn phòng Trung ương Đảng").doesNotContain("Ban Bí thư Tỉnh ủy");
    }

    @Test
    void aCommitteesOwnPlan_namesItselfBareAsItsCommittee() {
        // "Báo cáo kết quả thực hiện về Đảng ủy hằng quý" in the plan of Đảng ủy Văn phòng Tỉnh ủy
        assertThat(UnitRecognizer.withLevel(new UnitRecognizer.Mention("Đảng ủy", 0, 7, false), "Đảng ủy Văn phòng Tỉnh ủy"))
                .isEqualTo("Đảng ủy Văn phòng Tỉnh ủy");
        assertThat(UnitRecognizer.withLevel(new UnitRecognizer.Mention("Đảng ủy", 0, 7, false), "Chi bộ Phòng Tổng hợp"))
                .isEqualTo("Đảng ủy");
    }

    @Test
    void aBlocsMassBodies_shareTheBlocsScopeWrittenOnceAfterTheLast() throws Exception {
        var subject = learned().subject("Công đoàn, Đoàn Thanh niên và Hội Cựu chiến binh các cơ quan Đảng tỉnh phát động phong trào thi đua");
        assertThat(subject).isPresent();
        assertThat(learned().parts(subject.get())).extracting(UnitRecognizer.Mention::name).containsExactly(
                "Công đoàn các cơ quan Đảng tỉnh", "Đoàn Thanh niên các cơ quan Đảng tỉnh", "Hội Cựu chiến binh các cơ quan Đảng tỉnh");
    }

    @Test
    void aDistrictsScopesAndLists_areNamedWhole() {
        assertThat(units.find("Các cấp ủy, tổ chức đảng trong Đảng bộ huyện tập trung lãnh đạo"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Các cấp ủy, tổ chức đảng trong Đảng bộ huyện");
        assertThat(units.find("Đảng ủy các xã, thị trấn xây dựng kế hoạch"))
                .extracting(UnitRecognizer.Mention::name).containsExactly("Đảng ủy các xã, thị trấn");
        assertThat(units.subject("Các chi bộ, tổ chức trong hệ thống chính trị của xã tập trung thực hiện tốt các nhiệm vụ sau:"))
                .map(UnitRecognizer.Mention::name).hasValue("Các chi bộ, tổ chức trong hệ thống chính trị của xã");
        // a name that ends with its district is complete
        assertThat(UnitRecognizer.withLevel(new UnitRecognizer.Mention("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", 0, 38, true), "Huyện ủy"))
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
    }
}
