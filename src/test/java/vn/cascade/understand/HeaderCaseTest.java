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
        // an abbreviation is no syllable and keeps its capitals
        assertThat(IdentityParser.properCase("ĐẢNG ỦY CÔNG TY TNHH MTV CẤP NƯỚC")).isEqualTo("Đảng ủy Công ty TNHH MTV cấp nước");
        assertThat(IdentityParser.properCase("CHI BỘ TRƯỜNG THPT LÊ LỢI")).startsWith("Chi bộ Trường THPT");
    }

    @Test
    void theBodysCasing_ofTheNamesPartAfterItsHead_countsInsideASentence_acrossALineBreak() {
        String text = String.join("\n",
                "ĐẢNG BỘ XÃ AN PHÚ",
                "ĐẢNG ỦY TRUNG TÂM Y TẾ KHU VỰC AN PHÚ",
                "Số 07-KH/ĐU",
                "An phú, ngày 10 tháng 11 năm 2025",
                "KẾ HOẠCH",
                "về chuyển đổi số",
                "Thực hiện chỉ đạo của Đảng ủy xã, Đảng ủy",
                "Trung tâm Y tế khu vực An Phú xây dựng Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU");
        var doc = new Understanding().understand("x.txt", text).doc();
        assertThat(doc).containsEntry("organization", "Đảng ủy Trung tâm Y tế khu vực An Phú");
        // a place's name has a capital on each word, however OCR printed it
        assertThat(doc).containsEntry("place", "An Phú");
        // a sentence's first word has its capital anyway: no evidence for the name's part
        String opening = text.replace("Thực hiện chỉ đạo của Đảng ủy xã, Đảng ủy\n", "Thực hiện chỉ đạo của Đảng ủy xã.\n");
        assertThat(new Understanding().understand("x.txt", opening).doc()).containsEntry("organization", "Đảng ủy Trung tâm y tế khu vực An Phú");
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

    @Test
    void aPlanWithoutItsHeader_takesItsProvinceFromTheOneProvinceItsBodyNames() {
        String text = String.join("\n",
                "KẾ HOẠCH",
                "về nâng cao chất lượng sinh hoạt chi bộ",
                "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "2. Báo Cần Thơ mở chuyên mục về sinh hoạt chi bộ.");
        var doc = new Understanding().understand("x.txt", text).doc();
        assertThat(doc).containsEntry("organization", "Tỉnh ủy Cần Thơ").containsEntry("issuing_body", "Ban Thường vụ Tỉnh ủy Cần Thơ");
        // two provinces named: nothing is guessed
        var two = new Understanding().understand("x.txt", text + "\nTrao đổi kinh nghiệm với Thành phố Hồ Chí Minh.").doc();
        assertThat(two).containsEntry("organization", null).containsEntry("issuing_body", "Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void aScansSubject_losesTheSpecksOcrPrintedBetweenItsWords_butKeepsItsHyphens() {
        assertThat(IdentityParser.subjectWithoutSpecks("thực hiện Kế hoạch số 48-KH/ĐU của Ban Thường vụ Đảng ủy tỉnh . về cải cách hành chính"))
                .isEqualTo("thực hiện Kế hoạch số 48-KH/ĐU của Ban Thường vụ Đảng ủy tỉnh về cải cách hành chính");
        assertThat(IdentityParser.subjectWithoutSpecks("về tăng cường sự lãnh đạo của: Đảng đối với công tác giảm nghèo."))
                .isEqualTo("về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo");
        assertThat(IdentityParser.subjectWithoutSpecks("thực hiện Kế hoạch số 43-KH/DU của Ban Thường vụ và nâng cao > chất lượng"))
                .isEqualTo("thực hiện Kế hoạch số 43-KH/ĐU của Ban Thường vụ và nâng cao chất lượng");
        assertThat(IdentityParser.subjectWithoutSpecks("triển khai Kế hoạch số) 15-KH/TU thực hiện - Chỉ thị số 50-CT/TW"))
                .isEqualTo("triển khai Kế hoạch số 15-KH/TU thực hiện Chỉ thị số 50-CT/TW");
        // a range of years and a name joined by a hyphen stay; so do brackets that close
        assertThat(IdentityParser.subjectWithoutSpecks("về chuyển đổi số giai đoạn 2025 - 2027 của tỉnh Bà Rịa - Vũng Tàu (sửa đổi)"))
                .isEqualTo("về chuyển đổi số giai đoạn 2025 - 2027 của tỉnh Bà Rịa - Vũng Tàu (sửa đổi)");
    }

    @Test
    void aSignerBesideTheRecipients_isFoundThoughOcrDamagedTheFamilyName() {
        String text = String.join("\n", "KẾ HOẠCH", "về sinh hoạt chi bộ", "", "Nơi nhận:", "- Thường trực Thành ủy,",
                "- Các chi bộ trực thuộc, Nguyeén Thu Thủy", "- Lưu Văn phòng Đảng ủy.");
        assertThat(new Understanding().understand("x.txt", text).doc()).containsEntry("signer", "Nguyễn Thu Thủy");
        // a short word near a short family name is no name ("Le" is Lê, "Lo" is Lò: only exact)
        assertThat(IdentityParser.surname("nguyeen")).isEqualTo("nguyen");
        assertThat(IdentityParser.surname("lu")).isEqualTo("lu");
        assertThat(IdentityParser.surname("leo")).isNull();
    }

    @Test
    void theLeftColumnsLastLineFlattenedIntoTheDateLine_endsTheCommitteesName_andACapitalTitleBesideTheRecipientsIsTheSigners() {
        String text = String.join("\n", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "",
                "THÀNH PHỐ Hải Phòng, ngày 13 tháng 11 năm 2025", "Số 22-KH/ĐU", "KẾ HOẠCH", "tuyên truyền Chỉ thị",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "",
                "Nơi nhận T/M BAN THƯỜNG VỤ", "- Ban Bí thư Trung ương (b/c), . PHÓ BÍ THƯ", "- Lưu VP.", "", "Sùng A Hồ");
        var doc = new Understanding().understand("x.txt", text).doc();
        assertThat(((String) doc.get("organization")).toLowerCase(java.util.Locale.ROOT)).isEqualTo("đảng ủy các cơ quan đảng thành phố");
        assertThat(doc).containsEntry("place", "Hải Phòng").containsEntry("signer_title", "Phó Bí thư").containsEntry("signer", "Sùng A Hồ");
        // the number-symbol on the date line is no part of the name
        String numbered = text.replace("THÀNH PHỐ Hải Phòng", "Số 09-KH/TU Hải Phòng");
        assertThat(((String) new Understanding().understand("x.txt", numbered).doc().get("organization")).toLowerCase(java.util.Locale.ROOT))
                .isEqualTo("đảng ủy các cơ quan đảng");
    }

    @Test
    void aProvincesNameOcrDamagedInTheHeader_isTheOneTheDateLinePrinted_butAnotherProvinceStays() {
        String text = String.join("\n", "ĐẢNG BỘ TỈNH THANI-J HÓA ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY KHỐI CƠ QUAN",
                "Thanh Hóa, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "về sinh hoạt chi bộ");
        assertThat(new Understanding().understand("x.txt", text).doc()).containsEntry("parent_organization", "Đảng bộ tỉnh Thanh Hóa");
        String other = text.replace("THANI-J HÓA", "NGHỆ AN");
        assertThat(new Understanding().understand("x.txt", other).doc()).containsEntry("parent_organization", "Đảng bộ tỉnh Nghệ An");
    }

    @Test
    void anOrganNamedWithItsLevel_issuesUnderTheOrganisationAbove_andANameTheHeaderWrappedIsWhole() {
        String guidance = String.join("\n", "ĐẢNG BỘ TỈNH LÂM GIANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*", "Số 07-HD/BTGDVTU",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Giang, ngày 02 tháng 3 năm 2026", "", "HƯỚNG DẪN", "tuyên truyền Chỉ thị",
                "", "T/M BAN TUYÊN GIÁO VÀ DÂN VẬN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "", "Lò Văn Sinh");
        var doc = new Understanding().understand("x.txt", guidance).doc();
        assertThat(doc).containsEntry("organization", "Ban Tuyên giáo và Dân vận Tỉnh ủy")
                .containsEntry("parent_organization", "Đảng bộ tỉnh Lâm Giang")
                .containsEntry("signer_title", "Phó Trưởng ban Thường trực");
        String company = String.join("\n", "ĐẢNG BỘ TỈNH LÂM GIANG", "ĐẢNG ỦY CÔNG TY CỔ PHẦN", "CẤP NƯỚC SÔNG ĐÀO", "*", "Số 12-KH/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Giang, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH", "về sinh hoạt chi bộ");
        assertThat(((String) new Understanding().understand("x.txt", company).doc().get("organization")).toLowerCase(java.util.Locale.ROOT))
                .isEqualTo("đảng ủy công ty cổ phần cấp nước sông đào");
    }

    @Test
    void aScansSubject_runsOnOverBlankLines_opensItsCodesWithACapital_andLosesTheDustAtALinesEnd() {
        String text = String.join("\n", "ĐẢNG BỘ TỈNH LÂM GIANG", "ĐẢNG ỦY XÃ TÂN LẬP", "Số 09-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Tân Lập, ngày 04 tháng 11 năm 2025", "", "KẾ HOẠCH", "", "thực hiện Chỉ thị số 50- cT/TW của Ban Bí thư", "",
                "về tiếp tục đổi mới SỐ | |", "", "và nâng cao chất lượng sinh hoạt", "", "chi bộ trong Đảng bộ xã", "",
                "Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư.");
        assertThat(new Understanding().understand("x.txt", text).doc()).containsEntry("subject",
                "thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ xã");
        // an acronym has no accent: it stays
        assertThat(IdentityParser.withoutDustAtEnd("của UBND")).isEqualTo("của UBND");
        assertThat(IdentityParser.withoutDustAtEnd("đảng viên SỐ | |")).isEqualTo("đảng viên");
    }

    @Test
    void aSubjectWrappedAfterACommitteeWithoutItsName_goesOn_andARecipientIsNoSigner() {
        String text = String.join("\n", "ĐẢNG BỘ TỈNH LÂM GIANG", "ĐẢNG ỦY XÃ TÂN LẬP", "Số 09-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Tân Lập, ngày 04 tháng 11 năm 2025", "", "KẾ HOẠCH", "", "thực hiện Kế hoạch số 12-KH/ĐU của Ban Thường vụ Đảng ủy", "",
                "Bộ Chỉ huy Quân sự tỉnh về sinh hoạt chi bộ", "", "Thực hiện Kế hoạch số 12-KH/ĐU, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch.",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "",
                "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Ban Thường vụ Tỉnh ủy (để b/c), PHÓ BÍ THƯ", "- Các chi bộ trực thuộc,",
                "- Lưu VP Đảng ủy.", "", "Nông Văn Tuấn");
        var doc = new Understanding().understand("x.txt", text).doc();
        assertThat(doc).containsEntry("subject", "thực hiện Kế hoạch số 12-KH/ĐU của Ban Thường vụ Đảng ủy Bộ Chỉ huy Quân sự tỉnh về sinh hoạt chi bộ")
                .containsEntry("signer", "Nông Văn Tuấn").containsEntry("signer_title", "Phó Bí thư");
    }
}
