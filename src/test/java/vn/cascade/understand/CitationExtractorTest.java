package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cascade.testutil.Fixtures;

class CitationExtractorTest {

    private final CitationExtractor extractor = new CitationExtractor();

    private List<Reference> extract(String text) {
        return extractor.extract(text, null);
    }

    private static Reference only(List<Reference> refs) {
        assertThat(refs).hasSize(1);
        return refs.get(0);
    }

    private static Reference byId(List<Reference> refs, String id) {
        return refs.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + refs));
    }

    /** A plan: header, type heading, subject, opening, first section, and a body line. */
    private static String plan(String subject, String opening, String body) {
        return "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nĐẢNG ỦY PHƯỜNG THỦY NGUYÊN\n*\nSố 16-KH/ĐU\n\n**KẾ HOẠCH**\n\n"
                + subject + "\n\n" + opening + "\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n" + body + "\n";
    }

    /** A speck read as a dash before the opening does not hide it. */
    @Test
    void extract_openingAfterASpeckDash_stillImplements() {
        String text = plan("tăng cường công tác phòng cháy, chữa cháy rừng",
                "- Thực hiện Chỉ thị số 73-CT/TW, ngày 21/02/2025 của Ban Bí thư về phòng cháy; Kế hoạch số 90-KH/HU, ngày 28/3/2025 "
                        + "của Ban Thường vụ Huyện ủy, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:",
                "1. Nâng cao trách nhiệm.");
        assertThat(extract(text)).extracting(Reference::id, Reference::relation).containsExactlyInAnyOrder(
                tuple("73-CT/TW", "implements"), tuple("90-KH/HU", "implements"));
    }

    /** OCR leaves blank lines inside a paragraph: the opening runs on to its colon. */
    @Test
    void extract_aTypeCodeOcrMisread_isTheCodeOfTheTypeWordBeforeIt() {
        String text = plan("thực hiện Chỉ thị số 50- Cr/TW của Ban Bí thư và Kế hoạch số 15-KH/TU của Ban Thường vụ Thành ủy",
                "Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, Ban Thường vụ ban hành Kế hoạch như sau:",
                "1. Quán triệt Chỉ thị.");
        assertThat(extract(text)).extracting(Reference::id).containsExactlyInAnyOrder("50-CT/TW", "15-KH/TU");
        // a code of another shape is not forced onto the word's ("Kế hoạch số 07-CTr/TU" stays a programme)
        assertThat(CitationExtractor.typeCodeOfTheWord(NumberSymbol.parse("07-CTr/TU").orElseThrow(), "Kế hoạch").canonical())
                .isEqualTo("07-CTr/TU");
        List<Reference> refs = extract(text);
        assertThat(Understanding.citedAsCanonical("thực hiện Chỉ thị số 50- Cr/TW của Ban Bí thư", refs))
                .isEqualTo("thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư");
    }

    @Test
    void extract_aPartIssuedWithADocument_amendedIsTheDocumentAmended() {
        String text = plan("cấp ủy viên dự sinh hoạt chi bộ",
                "Thực hiện Quy định số 19-QĐi/TU, ngày 26/9/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ ban hành Kế hoạch như sau:",
                "+ Tham mưu sửa đổi, bổ sung Phụ lục lịch sinh hoạt chuyên đề năm 2026 ban hành kèm theo Kế hoạch số 59-KH/ĐU, "
                        + "ngày 20/10/2025 của Ban Thường vụ Đảng ủy phường (Hoàn thành trước ngày 15/12/2025).\n"
                        + "+ Báo cáo kết quả thực hiện Kế hoạch số 61-KH/ĐU, ngày 02/10/2025 của Ban Thường vụ Đảng ủy phường về công tác kiểm tra.");
        List<Reference> refs = extract(text);
        assertThat(byId(refs, "59-KH/ĐU").relation()).isEqualTo(Reference.AMENDS);
        assertThat(byId(refs, "61-KH/ĐU").relation()).isEqualTo(Reference.CITES);
    }

    @Test
    void extract_anOrganNamedWithoutItsCommittee_isTheSameDocumentAsTheFullMention() {
        String text = plan("sửa đổi các quy định về sinh hoạt chi bộ",
                "Căn cứ Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy về trách nhiệm của đảng viên.",
                "1. Sửa đổi, bổ sung Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh Gù về trách nhiệm của đảng viên.");
        assertThat(extract(text)).filteredOn(r -> r.id().equals("12-QĐi/TU")).singleElement()
                .extracting(Reference::issuer).isEqualTo("Ban Thường vụ Tỉnh ủy");
        // and the full name when it comes second
        String later = plan("sửa đổi các quy định về sinh hoạt chi bộ",
                "Căn cứ Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh Gù về trách nhiệm của đảng viên.",
                "1. Sửa đổi Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy về trách nhiệm của đảng viên.");
        assertThat(extract(later)).filteredOn(r -> r.id().equals("12-QĐi/TU")).singleElement()
                .extracting(Reference::issuer).isEqualTo("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void extract_openingBrokenByBlankLines_stillImplements() {
        String text = plan("thực hiện Chỉ thị số 39-CT/TW của Ban Bí thư",
                "Thực hiện Chỉ thị số 39-CT/TW, ngày 15/7/2025 của Ban Bí thư (sau đây gọi là\n\nChỉ thị 39); Kế hoạch số "
                        + "211-KH/DUCA, ngày 05/8/2025 của Đảng ủy Công an Trung ương và Kế hoạch số 63-KH/TU, ngày 20/8/2025\n\n"
                        + "của Ban Thường vụ Tỉnh ủy, Ban Thường vụ xây dựng Kế hoạch như sau:",
                "1. Quán triệt Kế hoạch số 70-KH/TU của Ban Thường vụ Tỉnh ủy.");
        List<Reference> refs = extract(text);
        assertThat(byId(refs, "211-KH/ĐUCA").relation()).isEqualTo(Reference.IMPLEMENTS);
        assertThat(byId(refs, "63-KH/TU").relation()).isEqualTo(Reference.IMPLEMENTS);
        assertThat(byId(refs, "70-KH/TU").relation()).isEqualTo(Reference.CITES);
    }

    /** A speck OCR put before the type heading does not hide the subject line under it. */
    @Test
    void extract_headingAfterASpeck_stillGivesTheSubjectsImplements() {
        String text = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG ỦY BỆNH VIỆN\n_Số 28-KH/ĐU\n\n. KẾ HOẠCH\n"
                + "_ thực hiện Kế hoạch số 102- KH/ĐUK, ngày 27/5/2024 của Ban Thường vụ Đảng ủy Khối\n\n"
                + "Căn cứ tình hình thực tế, Đảng ủy xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao y đức.\n";
        assertThat(byId(extract(text), "102-KH/ĐUK").relation()).isEqualTo(Reference.IMPLEMENTS);
    }

    // ------------------------------------------------------------------ spellings

    @Test
    void extract_chiThiSoWithDateAndIssuer_allFields() {
        Reference r = only(extract("Quán triệt Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới."));

        assertThat(r.toJson()).containsExactly(
                Map.entry("id", "50-CT/TW"), Map.entry("type", "Chỉ thị"), Map.entry("date", "2025-07-23"),
                Map.entry("issuer", "Ban Bí thư"), Map.entry("relation", "cites"));
        assertThat(r.spellings()).containsExactly("Chỉ thị số 50-CT/TW");
        assertThat("Quán triệt Chỉ thị số 50-CT/TW".substring(r.start(), r.end())).isEqualTo("Chỉ thị số 50-CT/TW");
    }

    @Test
    void extract_chiThiWithoutSo_found() {
        Reference r = only(extract("triển khai thực hiện Chỉ thị 50-CT/TW phù hợp với tình hình"));

        assertThat(r.id()).isEqualTo("50-CT/TW");
        assertThat(r.type()).isEqualTo("Chỉ thị");
        assertThat(r.date()).isNull();
        assertThat(r.issuer()).isNull();
    }

    @Test
    void extract_ketLuanSo_typeFromWord() {
        Reference r = only(extract("gắn với Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư về tiếp tục"));

        assertThat(r.id()).isEqualTo("18-KL/TW");
        assertThat(r.type()).isEqualTo("Kết luận");
        assertThat(r.date()).isEqualTo("2017-09-22");
    }

    @Test
    void extract_bareSymbol_typeFromCode() {
        Reference r = only(extract("theo tinh thần 21-NQ/TW và các văn bản liên quan"));

        assertThat(r.id()).isEqualTo("21-NQ/TW");
        assertThat(r.type()).isEqualTo("Nghị quyết");
    }

    @Test
    void extract_typeWordDisagreesWithCode_wordWins() {
        Reference r = only(extract("Quy định số 2866-QĐ/TU, ngày 27/9/2023 của Ban Thường vụ Tỉnh ủy Thanh Hóa về"));

        assertThat(r.id()).isEqualTo("2866-QĐ/TU");
        assertThat(r.type()).isEqualTo("Quy định");
        assertThat(r.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Thanh Hóa");
    }

    @Test
    void extract_chuongTrinhHanhDong_isChuongTrinh() {
        Reference r = only(extract("Chương trình hành động số 24-CTr/TU, ngày 17/10/2022 của Ban Chấp hành Đảng bộ tỉnh về"));

        assertThat(r.type()).isEqualTo("Chương trình");
        assertThat(r.issuer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh");
    }

    @Test
    void extract_shortMentionAfterFullMention_isSameDocument() {
        Reference r = only(extract("Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư. Quán triệt Chỉ thị 50 và "
                + "Chỉ thị số 50; Chỉ thị của Ban Bí thư."));

        assertThat(r.spellings()).containsExactly("Chỉ thị số 50-CT/TW", "Chỉ thị 50", "Chỉ thị số 50",
                "Chỉ thị của Ban Bí thư");
    }

    @Test
    void extract_shortMentionWithoutEarlierSymbol_ignored() {
        assertThat(extract("Quán triệt Chỉ thị 50 và Kế hoạch 15 của Ban Thường vụ Thành ủy.")).isEmpty();
    }

    @Test
    void extract_shortMentionOfOtherType_notMerged() {
        Reference r = only(extract("Chỉ thị số 50-CT/TW; Kế hoạch 50 của cấp ủy."));

        assertThat(r.spellings()).containsExactly("Chỉ thị số 50-CT/TW");
    }

    @Test
    void extract_goiTatLa_aliasIsSameDocument() {
        List<Reference> refs = extract("Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư về tiếp tục "
                + "đổi mới (gọi tắt là Chỉ thị 50-CT/TW), Ban Thường vụ ban hành Kế hoạch; (sau đây viết tắt là "
                + "Chỉ thị 50).");

        assertThat(only(refs).spellings()).containsExactly("Chỉ thị số 50-CT/TW", "Chỉ thị 50-CT/TW", "Chỉ thị 50");
    }

    @Test
    void extract_dateInWords_iso() {
        Reference r = only(extract("Kế hoạch số 15-KH/TU ngày 18 tháng 9 năm 2025 của Ban Thường vụ Thành ủy"));

        assertThat(r.date()).isEqualTo("2025-09-18");
        assertThat(r.issuer()).isEqualTo("Ban Thường vụ Thành ủy");
    }

    @Test
    void extract_issuerBeforeDate_bothRead() {
        Reference r = only(extract("Chỉ thị số 50-CT/TW của Ban Bí thư, ngày 23/7/2025 về sinh hoạt chi bộ"));

        assertThat(r.issuer()).isEqualTo("Ban Bí thư");
        assertThat(r.date()).isEqualTo("2025-07-23");
    }

    @Test
    void extract_dateAcrossPageBreakWithFootnote_read() {
        Reference r = only(extract("Tiếp tục thực hiện Hướng dẫn số 03-HD/TW, ngày\n\n---\n\n<sup>1</sup> Chi bộ nơi "
                + "có nhiều đồng chí sinh hoạt.\n\n27/12/2022 của Ban Bí thư về thí điểm sinh hoạt đảng trực tuyến"));

        assertThat(r.date()).isEqualTo("2022-12-27");
        assertThat(r.issuer()).isEqualTo("Ban Bí thư");
    }

    @Test
    void extract_impossibleDate_null() {
        assertThat(only(extract("Chỉ thị số 50-CT/TW, ngày 43/17/2025 của Ban Bí thư")).date()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh",
            "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương; Kết luận khác",
            "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương, chỉnh đốn",
            "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương (khóa XIII)",
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về",
            "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII"})
    void extract_issuerStopsAtVeSemicolonCommaParenKhoa(String text) {
        assertThat(only(extract(text)).issuer()).isEqualTo("Ban Chấp hành Trung ương");
    }

    @Test
    void aCentralDocument_isNotReissuedByWhoeverReportsOnIt() {
        // "the results of the bloc's carrying out Directive 33": one document, the centre's
        List<Reference> refs = extract("Thực hiện Chỉ thị số 33-CT/TW, ngày 11/3/2024 của Ban Bí thư về tiết kiệm.\n"
                + "- Tổng hợp, báo cáo kết quả thực hiện Chỉ thị số 33-CT/TW của Đảng bộ Khối về Ban Thường vụ Tỉnh ủy.");
        assertThat(refs).singleElement().satisfies(r -> assertThat(r.issuer()).isEqualTo("Ban Bí thư"));
    }

    @Test
    void extract_issuerOutsideGrammar_rawWordsUpToVe() {
        Reference r = only(extract("Nghị quyết số 05-NQ/TU, ngày 01/3/2024 của Hội đồng Thi đua Khen thưởng về công tác"));

        assertThat(r.issuer()).isEqualTo("Hội đồng Thi đua Khen thưởng");
    }

    // ------------------------------------------------------------------ OCR spellings

    @Test
    void extract_ocrUnaccented_readLikeClean() {
        Reference r = only(extract("Quan triet Chi thi so 50-CT/TW, ngay 23/7/2025 cua Ban Bi thu ve tiep tuc"));

        assertThat(r.toJson()).containsEntry("id", "50-CT/TW").containsEntry("type", "Chỉ thị")
                .containsEntry("date", "2025-07-23").containsEntry("issuer", "Ban Bí thư");
    }

    @Test
    void extract_ocrS6AndCtia_readLikeClean() {
        Reference r = only(extract("Thuc hién Ké hoach s6 15-KH/TU, ngay 18/9/2025 ctia Ban Thuong vu Thanh iy\nvé thuc"));

        assertThat(r.id()).isEqualTo("15-KH/TU");
        assertThat(r.type()).isEqualTo("Kế hoạch");
        assertThat(r.date()).isEqualTo("2025-09-18");
        assertThat(r.issuer()).isEqualTo("Ban Thường vụ Thành ủy");
        assertThat(r.spellings()).containsExactly("Ké hoach s6 15-KH/TU");
    }

    @Test
    void extract_ocrDamagedSymbols_canonical() {
        List<Reference> refs = extract("Két luan sé 01 -KL/TW, ngay 18/5/2021 cla By Chinh trj vé day manh; "
                + "Kt lu.n s \n1 8-KL/TW ngdy 22/9/2017 cüa Ban BI thu ye tiep; Nghi quyét s6 21-\nNQ/TW, ngay "
                + "16/6/2022 ctia Ban Chap hanh Trung wong Dang khoa XIII; Quy dinh sb 13- QDl/TU ngay 08/10/2018 "
                + "cua Ban Thuong vu Tinh\niy vé; Huéng dan s 06-HD/BTGDVTU, ngay 10/11/2025 cua Ban Tuyén gido va "
                + "Dan van Thanh 0y vé viéc");

        assertThat(refs).extracting(Reference::id, Reference::type, Reference::date, Reference::issuer)
                .containsExactly(
                        tuple("01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị"),
                        tuple("18-KL/TW", "Kết luận", "2017-09-22", "Ban Bí thư"),
                        tuple("21-NQ/TW", "Nghị quyết", "2022-06-16", "Ban Chấp hành Trung ương"),
                        tuple("13-QĐi/TU", "Quy định", "2018-10-08", "Ban Thường vụ Tỉnh ủy"),
                        tuple("06-HD/BTGDVTU", "Hướng dẫn", "2025-11-10", "Ban Tuyên giáo và Dân vận Thành ủy"));
    }

    @Test
    void extract_ocrSplitYear_joined() {
        Reference r = only(extract("Hithng dn so 03-\nHD/TU ngày 29/10/20 18 cüa Ban Thuing vii Tinh ñy ye mt so"));

        assertThat(r.id()).isEqualTo("03-HD/TU");
        assertThat(r.date()).isEqualTo("2018-10-29");
        assertThat(r.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void extract_ocrCommitteeCodes_restoreĐ() {
        List<Reference> refs = extract("theo Kế hoạch số 22-KH/PU và Kết luận số 89-KL/DUK của Ban Thường vụ Đảng ủy Khối");

        assertThat(refs).extracting(Reference::id).containsExactly("22-KH/ĐU", "89-KL/ĐUK");
        assertThat(byId(refs, "89-KL/ĐUK").issuer()).isEqualTo("Ban Thường vụ Đảng ủy Khối");
    }

    // ------------------------------------------------------------------ relations

    @Test
    void extract_thucHienOpening_isImplements() {
        List<Reference> refs = extract(plan("thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Thành ủy",
                "Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới; Kế hoạch số "
                        + "15-KH/TU, ngày 18/9/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy phường ban hành "
                        + "Kế hoạch như sau:",
                "Gắn với Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương."));

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("15-KH/TU", "implements"), tuple("50-CT/TW", "implements"), tuple("21-KL/TW", "cites"));
    }

    @Test
    void extract_canCuOpening_committeeImplements_boardGuidanceCites() {
        List<Reference> refs = extract(plan("Tuyên truyền Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư",
                "Căn cứ Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư; Kế hoạch số 15-KH/TU, ngày 18/9/2025 "
                        + "của Ban Thường vụ Thành ủy; Hướng dẫn số 06-HD/BTGDVTU, ngày 10/11/2025 của Ban Tuyên giáo "
                        + "và Dân vận Thành ủy, Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:",
                "1. Tạo sự thống nhất."));

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("50-CT/TW", "implements"), tuple("15-KH/TU", "implements"), tuple("06-HD/BTGDVTU", "cites"));
    }

    @Test
    void extract_ocrCanCtrOpening_isImplements() {
        String text = "KE HOACH\nTuyén truyén nghi quyet\n\nCan ctr Chi thi s6 50-CT/TW, ngay 23/7/2025 ctia Ban Bi thu "
                + "vé tiép tuc, Ban Thuong vu xay dung Ké hoach, cu thé nhu sau:\n\nI. MUC PiCH, YEU CAU\n";

        assertThat(only(extract(text)).relation()).isEqualTo("implements");
    }

    @Test
    void extract_subjectLine_isImplements() {
        List<Reference> refs = extract(plan("thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư",
                "Để tổ chức thực hiện tốt, Ban Thường vụ ban hành Kế hoạch như sau:", "Quán triệt Chỉ thị 50-CT/TW."));

        assertThat(only(refs).relation()).isEqualTo("implements");
    }

    @Test
    void extract_openingRightUnderHeading_isOpeningNotSubject() {
        String text = "KẾ HOẠCH\n\nThực hiện Chỉ thị số 50-CT/TW của Ban Bí thư; Hướng dẫn số 06-HD/BTGDVTU của Ban "
                + "Tuyên giáo và Dân vận Thành ủy, Ban Thường vụ Đảng ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n";

        assertThat(extract(text)).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("50-CT/TW", "implements"), tuple("06-HD/BTGDVTU", "cites"));
    }

    @Test
    void extract_thucHienInBody_isCites() {
        List<Reference> refs = extract(plan("về sinh hoạt chi bộ", "Ban Thường vụ ban hành Kế hoạch như sau:",
                "Tiếp tục thực hiện Hướng dẫn số 03-HD/TW, ngày 27/12/2022 của Ban Bí thư.\nThực hiện Chỉ thị số "
                        + "50-CT/TW."));

        assertThat(refs).extracting(Reference::relation).containsOnly("cites");
    }

    @Test
    void extract_noLayout_noImplements() {
        assertThat(only(extract("trên cơ sở Chỉ thị số 50-CT/TW của Ban Bí thư")).relation()).isEqualTo("cites");
        assertThat(only(extract("Nội dung.\nThực hiện Chỉ thị số 50-CT/TW của Ban Bí thư.")).relation())
                .isEqualTo("cites");
    }

    @Test
    void extract_noLayoutTextOpeningWithThucHien_isImplements() {
        List<Reference> refs = extract("Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư, Đảng ủy ban hành như sau: "
                + "quán triệt Kết luận số 21-KL/TW.");

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("50-CT/TW", "implements"), tuple("21-KL/TW", "cites"));
    }

    @Test
    void extract_suaDoiBoSung_isAmends() {
        List<Reference> refs = extract("Sửa đổi, bổ sung Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ "
                + "Tỉnh ủy về trách nhiệm của đảng viên. Thực hiện nghiêm Quy định số 14-QĐi/TU.");

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("12-QĐi/TU", "amends"), tuple("14-QĐi/TU", "cites"));
    }

    @Test
    void extract_ocrStraD6i_isAmends() {
        List<Reference> refs = extract("Trén co s huéng dan ctia Trung uong, stra d6i, bd sung Hudng dan s6 03-HD/TU,\n"
                + "ngay 08/10/2018 cua Ban Thuong vu Tinh uy vé noi dung sinh hoat chi bd.");

        assertThat(only(refs).relation()).isEqualTo("amends");
    }

    @Test
    void extract_suaDoiEnumerationAfterColon_everyItemAmends() {
        List<Reference> refs = extract("Tham mưu Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung:\n\n(1) Quy định số 13-QĐi/TU "
                + "ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy về trách nhiệm (hoàn thành trong tháng 10/2025).\n"
                + "(2) Hướng dẫn số 03-HD/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy về nội dung; Quy định số "
                + "14-QĐi/TU về tiêu chí.\n\nPhối hợp thực hiện Kết luận số 21-KL/TW.");

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("13-QĐi/TU", "amends"), tuple("03-HD/TU", "amends"), tuple("14-QĐi/TU", "amends"),
                tuple("21-KL/TW", "cites"));
    }

    @Test
    void extract_citationInsideAmendedSubject_isCites() {
        List<Reference> refs = extract("Sửa đổi, bổ sung Quy định số 12-QĐi/TU của Ban Thường vụ Tỉnh ủy về thực hiện "
                + "Chỉ thị số 10-CT/TW của Ban Bí thư.");

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("12-QĐi/TU", "amends"), tuple("10-CT/TW", "cites"));
    }

    @Test
    void extract_veSuaDoi_subjectOfCitedDocument_notAnOrder() {
        List<Reference> refs = extract("Triển khai Quyết định số 99-QĐ/TU về sửa đổi, bổ sung Quy định số 12-QĐi/TU.");

        assertThat(refs).extracting(Reference::relation).containsOnly("cites");
    }

    @Test
    void extract_strongestRelationWins() {
        List<Reference> refs = extract(plan("thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư", "Ban hành như sau:",
                "Quán triệt Chỉ thị 50-CT/TW; sửa đổi, bổ sung Quy định số 12-QĐi/TU. Thực hiện Quy định 12-QĐi/TU."));

        assertThat(refs).extracting(Reference::id, Reference::relation).containsExactly(
                tuple("50-CT/TW", "implements"), tuple("12-QĐi/TU", "amends"));
    }

    @Test
    void extract_aPlanAmendingAnother_amendsIt_thoughItsTitleAndOpeningNameIt() {
        List<Reference> refs = extract(plan("sửa đổi, bổ sung một số nội dung của Kế hoạch số 14-KH/ĐU, ngày 25/8/2025",
                "Thực hiện Hướng dẫn số 12-HD/BTGDVTU; căn cứ kết quả triển khai Kế hoạch số 14-KH/ĐU, Ban Thường vụ "
                        + "Đảng ủy phường ban hành Kế hoạch như sau:", "Các nội dung khác của Kế hoạch số 14-KH/ĐU giữ nguyên."));

        assertThat(refs).extracting(Reference::id, Reference::relation).contains(tuple("14-KH/ĐU", "amends"));
    }

    @Test
    void extract_aSpeckOpeningALine_doesNotCutTheTypeFromItsNumber() {
        List<Reference> refs = extract("- Tham mưu Ban Thường vụ Đảng ủy Công ty sửa đổi, bổ sung Quy\n"
                + "_định số 05-QĐi/ĐU, ngày 10/3/2023 của Ban Thường vụ Đảng ủy Công ty về định mức.");

        assertThat(only(refs).relation()).isEqualTo("amends");
        assertThat(only(refs).type()).isEqualTo("Quy định");
    }

    @Test
    void extract_aRegulationOrAProjectOfTheParty_isADocument_amendedWhereOrderedSo() {
        List<Reference> refs = extract("- Tham mưu sửa đổi, bổ sung Quy chế số 05-QC/TU, ngày 14/6/2024 của Ban Thường vụ Tỉnh ủy "
                + "về phối hợp; kế thừa kết quả thực hiện Đề án số 03-ĐA/TU, ngày 15/5/2023 của Ban Thường vụ Tỉnh ủy.");

        assertThat(refs).extracting(Reference::id, Reference::type, Reference::relation).containsExactlyInAnyOrder(
                tuple("05-QC/TU", "Quy chế", "amends"), tuple("03-ĐA/TU", "Đề án", "cites"));
    }

    @Test
    void extract_anAgencysCommittee_isNamedThroughItsNamesLowerCaseSyllables() {
        List<Reference> refs = extract("Thực hiện Kế hoạch số 17-KH/ĐU, ngày 10/4/2026 của Đảng ủy Văn phòng Tỉnh ủy thực hiện Kết luận.");
        assertThat(refs.get(0).issuer()).isEqualTo("Đảng ủy Văn phòng Tỉnh ủy");
        // a place's name is all capitals: the sentence goes on after it
        assertThat(only(extract("Kế hoạch số 08-KH/ĐU, ngày 30/3/2026 của Đảng ủy xã Tân Phong tổ chức thực hiện.")).issuer())
                .isEqualTo("Đảng ủy xã Tân Phong");
    }

    @Test
    void extract_aRegulationWhoseQOcrReadAsO_isStillARegulationOrderedAmended() {
        // "Ouy dinh" restored as "Ủy định"
        List<Reference> refs = extract("- Tham mưu sửa đổi, bổ sung Ủy định số 19-QĐi/ĐU, ngày 12/8/2025 của Ban Thường vụ Đảng ủy về chế độ hội họp.");
        assertThat(only(refs).relation()).isEqualTo("amends");
        assertThat(only(refs).type()).isEqualTo("Quy định");
    }

    @Test
    void extract_aCodeOneLetterOffItsIssuersInitials_isTheIssuersCode() {
        List<Reference> refs = extract("Hướng dẫn số 36-HD/BIGDVTW, ngày 05/02/2026 của Ban Tuyên giáo và Dân vận Trung ương về công tác.");
        assertThat(only(refs).id()).isEqualTo("36-HD/BTGDVTW");
        // a code that is not one letter off the initials is kept as printed
        assertThat(only(extract("Hướng dẫn số 21-HD/BTCTU, ngày 02/3/2026 của Ban Tổ chức Tỉnh ủy về đánh giá.")).id())
                .isEqualTo("21-HD/BTCTU");
    }

    @Test
    void extract_aBareMentionWithAMisreadCode_isTheDocumentNamedInFull() {
        List<Reference> refs = extract("Thực hiện Kế hoạch số 26-KH/ĐU, ngày 25/3/2026 của Ban Thường vụ Đảng ủy phường. "
                + "Quán triệt Kế hoạch số 26- KH/BU tại kỳ sinh hoạt chi bộ.");
        assertThat(refs).extracting(Reference::id).containsExactly("26-KH/ĐU");
        // a code the genre uses is another committee's document
        assertThat(extract("Thực hiện Kế hoạch số 26-KH/TU, ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 26-KH/HU."))
                .extracting(Reference::id).containsExactly("26-KH/TU", "26-KH/HU");
    }

    // ------------------------------------------------------------------ identity

    @Test
    void extract_sameSymbolTwoIssuers_twoDocuments() {
        List<Reference> refs = extract("Quy định số 12-QĐi/TU, ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy Lai Châu; "
                + "Quy định số 12-QĐi/TU, ngày 10/3/2019 của Ban Thường vụ Thành ủy Hải Phòng; Chỉ thị số 05-CT/TW "
                + "của Bộ Chính trị, Chỉ thị 05-CT/TW của Ban Bí thư.");

        assertThat(refs).extracting(Reference::id, Reference::issuer).containsExactly(
                tuple("12-QĐi/TU", "Ban Thường vụ Tỉnh ủy Lai Châu"),
                tuple("12-QĐi/TU", "Ban Thường vụ Thành ủy Hải Phòng"),
                tuple("05-CT/TW", "Bộ Chính trị"),
                tuple("05-CT/TW", "Ban Bí thư"));
    }

    @Test
    void extract_sameSymbolSameIssuerTwoYears_twoDocuments() {
        List<Reference> refs = extract("Kế hoạch số 15-KH/TU, ngày 18/9/2025 của Ban Thường vụ Thành ủy; Kế hoạch số "
                + "15-KH/TU, ngày 02/3/2021 của Ban Thường vụ Thành ủy.");

        assertThat(refs).extracting(Reference::date).containsExactly("2025-09-18", "2021-03-02");
    }

    @Test
    void extract_committeeAndItsStandingBoard_oneDocument() {
        List<Reference> refs = extract("Thực hiện Kế hoạch số 15-KH/TU, ngày 18/9/2025 của Thành ủy Hải Phòng. Triển "
                + "khai Kế hoạch số 15-KH/TU của Ban Thường vụ Thành ủy.");

        assertThat(only(refs).issuer()).isEqualTo("Thành ủy Hải Phòng");
    }

    @Test
    void extract_mentionWithoutIssuer_joinsLatestDocumentWithThatSymbol() {
        List<Reference> refs = extract("Quy định số 12-QĐi/TU của Ban Thường vụ Tỉnh ủy Lai Châu; Quy định số "
                + "12-QĐi/TU của Ban Thường vụ Thành ủy Hải Phòng. Thực hiện Quy định 12-QĐi/TU.");

        assertThat(refs).hasSize(2);
        assertThat(refs.get(1).spellings()).containsExactly("Quy định số 12-QĐi/TU", "Quy định 12-QĐi/TU");
    }

    @Test
    void extract_firstMentionWithoutIssuer_takesLaterIssuer() {
        Reference r = only(extract("Quán triệt 50-CT/TW. Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư."));

        assertThat(r.issuer()).isEqualTo("Ban Bí thư");
        assertThat(r.date()).isEqualTo("2025-07-23");
        assertThat(r.start()).isEqualTo("Quán triệt ".length());
    }

    @Test
    void extract_self_excluded() {
        NumberSymbol self = NumberSymbol.parse("16-KH/ĐU").orElseThrow();

        List<Reference> refs = extractor.extract("Kế hoạch số 16-KH/DU của Đảng ủy; Kế hoạch số 15-KH/TU.", self);

        assertThat(refs).extracting(Reference::id).containsExactly("15-KH/TU");
    }

    @Test
    void extract_headerNumberWithoutSelf_excluded() {
        List<Reference> refs = extract(plan("thực hiện Chỉ thị số 50-CT/TW", "Như sau:", "Nội dung."));

        assertThat(refs).extracting(Reference::id).containsExactly("50-CT/TW");
    }

    @Test
    void extract_ocrHeaderNumber_excluded() {
        String text = "DANG BO THANH PHO HAIPHONG\nPANG UY CAC CO QUAN PANG\n*\nS22 -KH/PU\n\nKE HOACH\n"
                + "Tuyén truyén Chi thi s6 50-CT/TW\n";

        assertThat(extract(text)).extracting(Reference::id).containsExactly("50-CT/TW");
    }

    @Test
    void extract_nullOrEmpty_nothing() {
        assertThat(extractor.extract(null, null)).isEmpty();
        assertThat(extract("")).isEmpty();
        assertThat(extract("Không có văn bản nào được dẫn, ngày 03 hằng tháng; quý IV/2025.")).isEmpty();
    }

    @Test
    void toJson_schemaShape() {
        Reference r = only(extract("Chỉ thị 50-CT/TW"));

        assertThat(r.toJson()).containsOnlyKeys("id", "type", "date", "issuer", "relation");
        assertThat(r.toJson()).containsEntry("date", null).containsEntry("issuer", null);
    }

    @Test
    void extract_concurrentCalls_sameResult() throws IOException {
        String text = seed("002_");
        List<Reference> expected = extract(text);

        Set<List<Reference>> results = IntStream.range(0, 16).parallel()
                .mapToObj(i -> extractor.extract(text, null)).collect(Collectors.toSet());

        assertThat(results).containsExactly(expected);
    }

    // ------------------------------------------------------------------ seeds

    /** Expected references of seed 002 (clean digital text), from the dev set's 002.json. */
    private static final List<Map<String, Object>> SEED_002 = List.of(
            json("50-CT/TW", "Chỉ thị", "2025-07-23", "Ban Bí thư", "implements"),
            json("21-KL/TW", "Kết luận", "2021-10-25", "Ban Chấp hành Trung ương", "cites"),
            json("01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị", "cites"),
            json("03-HD/TW", "Hướng dẫn", "2022-12-27", "Ban Bí thư", "cites"));

    @Test
    void extract_seed002_precisionAndRecall() throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Reference r : extract(seed("002_"))) {
            found.add(r.toJson());
        }

        double[] idRel = precisionRecall(found, SEED_002, List.of("id", "relation"));
        System.out.printf("seed 002 (id, relation): precision %.2f recall %.2f (%d found, %d expected)%n",
                idRel[0], idRel[1], found.size(), SEED_002.size());
        double[] fields = fieldPrecisionRecall(found, SEED_002, List.of("type", "date", "issuer"));
        System.out.printf("seed 002 type/date/issuer: precision %.2f recall %.2f%n", fields[0], fields[1]);

        assertThat(idRel[0]).isGreaterThanOrEqualTo(1.0);
        assertThat(idRel[1]).isGreaterThanOrEqualTo(1.0);
        assertThat(fields[0]).isGreaterThanOrEqualTo(1.0);
        assertThat(fields[1]).isGreaterThanOrEqualTo(1.0);
    }

    /** The raw OCR seeds: printed for review; the implements sets are DOMAIN.md's seed table. */
    @Test
    void extract_rawOcrSeeds_printed() throws IOException {
        Map<String, Set<String>> implementsBySeed = Map.of(
                "000_", Set.of("15-KH/TU", "50-CT/TW"),
                "001_", Set.of("50-CT/TW", "15-KH/TU"),
                "004_", Set.of("50-CT/TW"));
        for (String prefix : List.of("000_", "001_", "004_")) {
            List<Reference> refs = extract(seed(prefix));
            System.out.println("seed " + prefix + " raw OCR:");
            for (Reference r : refs) {
                System.out.println("  " + r.toJson() + "  " + r.spellings());
            }
            Set<String> impl = refs.stream().filter(r -> r.relation().equals("implements"))
                    .map(Reference::id).collect(Collectors.toSet());
            assertThat(impl).as(prefix).isEqualTo(implementsBySeed.get(prefix));
        }
        assertThat(byId(extract(seed("001_")), "06-HD/BTGDVTU").relation()).isEqualTo("cites");
    }

    private static String seed(String prefix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Fixtures.SEEDS, prefix + "*.txt")) {
            for (Path p : files) {
                return Files.readString(p);
            }
        }
        throw new AssertionError("no seed " + prefix);
    }

    private static Map<String, Object> json(String id, String type, String date, String issuer, String relation) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("date", date);
        m.put("issuer", issuer);
        m.put("relation", relation);
        return m;
    }

    /** Precision and recall of the tuples of {@code keys}. */
    private static double[] precisionRecall(List<Map<String, Object>> found, List<Map<String, Object>> expected,
                                            List<String> keys) {
        Set<List<Object>> f = new HashSet<>();
        found.forEach(m -> f.add(keys.stream().map(m::get).collect(Collectors.toList())));
        Set<List<Object>> e = new HashSet<>();
        expected.forEach(m -> e.add(keys.stream().map(m::get).collect(Collectors.toList())));
        Set<List<Object>> hit = new HashSet<>(f);
        hit.retainAll(e);
        return new double[]{f.isEmpty() ? 1 : (double) hit.size() / f.size(), e.isEmpty() ? 1 : (double) hit.size() / e.size()};
    }

    /**
     * Precision and recall of the non-null field values: a found value is right when the expected
     * reference with the same id has it; precision over found non-null values, recall over expected.
     */
    private static double[] fieldPrecisionRecall(List<Map<String, Object>> found, List<Map<String, Object>> expected,
                                                 List<String> fields) {
        Map<Object, Map<String, Object>> expById = new HashMap<>();
        expected.forEach(m -> expById.put(m.get("id"), m));
        int foundValues = 0;
        int right = 0;
        for (Map<String, Object> m : found) {
            Map<String, Object> exp = expById.get(m.get("id"));
            for (String k : fields) {
                if (m.get(k) != null) {
                    foundValues++;
                    if (exp != null && m.get(k).equals(exp.get(k))) {
                        right++;
                    }
                }
            }
        }
        int expectedValues = 0;
        for (Map<String, Object> m : expected) {
            for (String k : fields) {
                if (m.get(k) != null) {
                    expectedValues++;
                }
            }
        }
        return new double[]{foundValues == 0 ? 1 : (double) right / foundValues,
                expectedValues == 0 ? 1 : (double) right / expectedValues};
    }
}
