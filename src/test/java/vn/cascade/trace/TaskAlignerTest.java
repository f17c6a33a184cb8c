package vn.cascade.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Citation;

class TaskAlignerTest {

    private static TraceTask task(String section, String kind, String unit, String text, Integer due) {
        return new TraceTask(section, kind, unit == null ? List.of() : List.of(unit + "|lead"), text,
                due == null ? null : "trước " + due, due == null ? null : "by", null, due);
    }

    private static final Citation DIRECTIVE = new Citation("33-CT/TW", "Chỉ thị", "2024-03-01", "Ban Bí thư", "implements");

    /** Two provinces restate one absent directive; neither cites the other. */
    private static DocumentGraph siblings() {
        TraceDocument first = new TraceDocument("a", "a.txt", "Kế hoạch", "40-KH/TU", "Ban Thường vụ Tỉnh ủy",
                "2024-04-10", "thực hiện Chỉ thị 33-CT/TW", List.of(DIRECTIVE),
                List.of(task("2.1", "solution", null, "Đẩy mạnh tuyên truyền, giáo dục nâng cao nhận thức về thực hành tiết kiệm, chống lãng phí.", null),
                        task("2.2", "solution", null, "Tăng cường kiểm tra, giám sát việc quản lý, sử dụng tài sản công; xử lý nghiêm vi phạm.", null),
                        task("3.1", "task", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn đánh giá, xếp loại tổ chức đảng gắn với tiết kiệm.", 20241231)),
                "first");
        TraceDocument second = new TraceDocument("b", "b.txt", "Kế hoạch", "55-KH/TU", "Ban Thường vụ Tỉnh ủy",
                "2024-05-20", "thực hiện Chỉ thị 33-CT/TW", List.of(DIRECTIVE),
                List.of(task("II.2", "solution", null, "Tăng cường công tác kiểm tra, giám sát việc quản lý, sử dụng tài sản công.", null),
                        task("III.1", "task", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn xếp loại tổ chức đảng có tiêu chí tiết kiệm.", 20250630),
                        task("II.9", "solution", null, "Phát triển du lịch cộng đồng ở vùng cao.", null)),
                "second");
        return DocumentGraph.build(List.of(first, second));
    }

    @Test
    void aReport_reviewsTheWholePlan_soItsTasksAreNotPulledToThePlansItemOnItsTheme() {
        TraceDocument city = new TraceDocument("c", "c.txt", "Kế hoạch", "40-KH/TU", "Ban Thường vụ Tỉnh ủy Sông Mây",
                "2024-04-10", "thực hiện Chỉ thị 33-CT/TW", List.of(DIRECTIVE),
                List.of(task("2.1", "solution", null, "Giữ vững nền nếp sinh hoạt chi bộ định kỳ hằng tháng, đúng ngày.", null),
                        task("3.1", "task", "Ban Tổ chức Tỉnh ủy", "Sơ kết 06 tháng, báo cáo kết quả sinh hoạt chi bộ 06 tháng và hằng năm.", null)),
                "city");
        Citation plan = new Citation("40-KH/TU", "Kế hoạch", "2024-04-10", "Ban Thường vụ Tỉnh ủy", "implements");
        List<TraceTask> next = List.of(task("IV.1", "solution", null, "Giữ vững nền nếp sinh hoạt chi bộ hằng tháng đúng ngày quy định.", null));
        for (String type : List.of("Báo cáo", "Kế hoạch")) {
            TraceDocument review = new TraceDocument("r", "r.txt", type, "30-BC/ĐU", "Ban Thường vụ Đảng ủy phường Tân Mây",
                    "2024-10-02", "sơ kết 06 tháng thực hiện Kế hoạch số 40-KH/TU", List.of(plan), next, "review");
            DocumentGraph g = DocumentGraph.build(List.of(city, review));
            List<TaskAligner.Link> links = new TaskAligner(g).align(g);
            // a report's task goes to the item it continues; a plan on the theme "sơ kết 06 tháng" to that item
            assertThat(links).extracting(l -> l.parentTask().section()).containsExactly(type.equals("Báo cáo") ? "2.1" : "3.1");
        }
    }

    @Test
    void aWeakLink_isTakenWhereTheTwoTasksAreEachOthersBest_only() {
        TraceDocument city = new TraceDocument("c", "c.txt", "Kế hoạch", "40-KH/TU", "Ban Thường vụ Tỉnh ủy Sông Mây",
                "2024-04-10", "thực hiện Chỉ thị 33-CT/TW", List.of(DIRECTIVE),
                List.of(task("2.1", "solution", null, "Bố trí địa điểm sinh hoạt ổn định, trang thiết bị và kinh phí cho các chi bộ ở cơ sở.", null),
                        task("2.2", "solution", null, "Đẩy mạnh tuyên truyền, giáo dục nâng cao nhận thức về thực hành tiết kiệm, chống lãng phí.", null)),
                "city");
        TraceDocument ward = new TraceDocument("w", "w.txt", "Kế hoạch", "12-KH/ĐU", "Ban Thường vụ Đảng ủy phường Tân Mây",
                "2024-05-02", "thực hiện Kế hoạch số 40-KH/TU", List.of(new Citation("40-KH/TU", "Kế hoạch", "2024-04-10",
                        "Ban Thường vụ Tỉnh ủy", "implements")),
                List.of(task("1", "solution", null, "Bố trí địa điểm, phòng họp, máy chiếu cho sinh hoạt của các chi bộ khu dân cư.", null),
                        task("2", "solution", null, "Mua sắm thêm bàn ghế cho nhà văn hóa khu dân cư.", null)),
                "ward");
        DocumentGraph g = DocumentGraph.build(List.of(city, ward));
        TaskAligner aligner = new TaskAligner(g);
        TraceTask parent = city.tasks().get(0);
        double first = aligner.score(ward.tasks().get(0), parent);
        double second = aligner.score(ward.tasks().get(1), parent);
        // both below the bar; the first is the parent task's best among the ward's tasks
        assertThat(first).isBetween(TaskAligner.MUTUAL_LOW, TaskAligner.LINK_LOW);
        assertThat(second).isLessThan(first);
        List<TaskAligner.Link> links = aligner.align(g);
        assertThat(links).extracting(l -> l.childTask().section()).containsExactly("1");
        assertThat(links.get(0).parentTask()).isSameAs(parent);
    }

    @Test
    void aSectionsClosingText_isLikestTheParentsClosing_overANumberedItemOfTheSameWords() {
        TaskAligner aligner = new TaskAligner(DocumentGraph.build(List.of()));
        String words = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Ban Thường vụ để xem xét.";
        TraceTask closing = task("III", "task", null, words, null);
        TraceTask parentsClosing = task("III", "task", null, words, null);
        TraceTask parentsItem = task("III.10", "task", null, words, null);
        assertThat(aligner.score(closing, parentsClosing) - aligner.score(closing, parentsItem))
                .isCloseTo(2 * TaskAligner.SECTION_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        // a numbered item gains the one section bonus
        assertThat(aligner.score(task("III.10", "task", null, words, null), parentsItem)
                - aligner.score(task("III.9", "task", null, words, null), parentsItem))
                .isCloseTo(TaskAligner.SECTION_BONUS, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theSameItemNumber_countsOnlyBetweenItemsOfOneKind() {
        TaskAligner aligner = new TaskAligner(DocumentGraph.build(List.of()));
        String words = "Duy trì nền nếp sinh hoạt chi bộ định kỳ hằng tháng.";
        TraceTask solution = task("1.1", "solution", null, words, null);
        assertThat(aligner.score(solution, task("1.1", "solution", null, words, null))
                - aligner.score(solution, task("1.1", "task", null, words, null)))
                .isCloseTo(TaskAligner.SECTION_BONUS, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLowerStandingCommitteesTask_carriesOutWhatTheParentAskedOfItsSubordinates_notTheParentsOwn() {
        DocumentGraph g = DocumentGraph.build(List.of());
        TaskAligner aligner = new TaskAligner(g);
        TraceTask own = task("III.1", "task", "Ban Thường vụ Tỉnh ủy", "Tổ chức hội nghị quán triệt Kế hoạch đến các đảng ủy trực thuộc.", null);
        TraceTask asked = task("III.2", "task", "Ban thường vụ các đảng ủy trực thuộc Tỉnh ủy", "Tổ chức quán triệt đến cán bộ, đảng viên.", null);
        TraceTask child = task("III.1", "task", "Ban Thường vụ Đảng ủy xã", "Tổ chức hội nghị quán triệt Kế hoạch đến các chi bộ.", null);
        // a level down: the subordinates' task gains what the parent's own loses
        assertThat(aligner.score(child, asked, true) - aligner.score(child, asked, false)).isCloseTo(TaskAligner.LEAD_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(aligner.score(child, own, false) - aligner.score(child, own, true)).isCloseTo(TaskAligner.LEAD_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        // a cell has no standing committee; an organ keeps its counterpart
        assertThat(TaskAligner.ownCommittee("Ban Thường vụ Đảng ủy xã")).isTrue();
        assertThat(TaskAligner.ownCommittee("Chi bộ")).isFalse();
        assertThat(TaskAligner.ownCommittee("Ban thường vụ các đảng ủy trực thuộc")).isFalse();
        assertThat(TaskAligner.ownCommittee("Văn phòng Đảng ủy")).isFalse();
    }

    @Test
    void anOrganAdvisingItsStandingCommittee_aLevelDown_doesTheCommitteesDuty_notTheParentOrgans() {
        DocumentGraph g = DocumentGraph.build(List.of());
        TaskAligner aligner = new TaskAligner(g);
        TraceTask organs = task("3.1", "task", "Ban Tổ chức Thành ủy",
                "Tham mưu ban hành Thông báo phân công các đồng chí Ủy viên Ban Thường vụ dự sinh hoạt chi bộ.", null);
        TraceTask subordinates = task("3.5", "task", "Ban thường vụ các cấp ủy trực thuộc Thành ủy",
                "Phân công ủy viên ban thường vụ, cấp ủy viên dự sinh hoạt chi bộ.", null);
        TraceTask advising = task("III.1", "task", "Ban Xây dựng Đảng",
                "Tham mưu Ban Thường vụ Đảng ủy phường ban hành thông báo phân công đảng ủy viên dự sinh hoạt chi bộ.", null);
        TraceTask guiding = task("III.1", "task", "Ban Xây dựng Đảng",
                "Hướng dẫn các chi bộ xây dựng nội dung sinh hoạt.", null);
        // the committee's counterpart is the subordinates' duty; without "tham mưu Ban Thường vụ" the organ's stays
        assertThat(aligner.score(advising, subordinates, true) - aligner.score(advising, subordinates, false))
                .isCloseTo(TaskAligner.LEAD_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(aligner.score(advising, organs, false) - aligner.score(advising, organs, true))
                .isCloseTo(TaskAligner.LEAD_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(aligner.score(guiding, organs, true)).isEqualTo(aligner.score(guiding, organs, false));
        assertThat(TaskAligner.forCommittee("Chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ Đảng ủy tổ chức hội nghị")).isTrue();
        assertThat(TaskAligner.forCommittee("Giúp Ban Thường vụ theo dõi, đôn đốc")).isTrue();
        assertThat(TaskAligner.forCommittee("Hướng dẫn các chi bộ; báo cáo Ban Thường vụ")).isFalse();
    }

    @Test
    void anAbsentDirective_isStoodInForByItsEarliestRestatement() {
        DocumentGraph g = siblings();
        List<TaskAligner.Link> links = new TaskAligner(g).align(g);
        assertThat(links).allSatisfy(l -> {
            assertThat(l.child().label()).isEqualTo("55-KH/TU");
            assertThat(l.parent().label()).isEqualTo("40-KH/TU");
            assertThat(l.via().label()).isEqualTo("33-CT/TW");
        });
        assertThat(links).extracting(l -> l.childTask().section() + "->" + l.parentTask().section())
                .containsExactlyInAnyOrder("II.2->2.2", "III.1->3.1");
        // a sibling's later deadline is not a deadline broken
        assertThat(new ComplianceCheck().check(g, links, LocalDate.of(2024, 6, 1)))
                .noneMatch(f -> f.kind() == ComplianceCheck.Kind.LATER_DEADLINE);
    }

    @Test
    void aLonePlan_underAnAbsentDirective_linksNowhere() {
        DocumentGraph g = DocumentGraph.build(List.of(new TraceDocument("a", "a.txt", "Kế hoạch", "40-KH/TU",
                "Ban Thường vụ Tỉnh ủy", "2024-04-10", "x", List.of(DIRECTIVE),
                List.of(task("2.1", "solution", null, "Đẩy mạnh tuyên truyền.", null)), "first")));
        assertThat(new TaskAligner(g).align(g)).isEmpty();
    }

    @Test
    void aPlansTheme_isWhatItsSubjectSaysBeforeTheDocumentItCarriesOut() {
        assertThat(TaskAligner.theme("Tuyên truyền Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư và Kế hoạch số 15-KH/TU"))
                .isEqualTo("tuyen truyen");
        assertThat(TaskAligner.theme("Kiểm tra, giám sát việc thực hiện Kế hoạch số 97-KH/TU của Ban Thường vụ Tỉnh ủy"))
                .isEqualTo("kiem tra giam sat");
        assertThat(TaskAligner.theme("Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư")).isEmpty();
        assertThat(TaskAligner.theme("triển khai thực hiện Kế hoạch số 52-KH/TU, ngày 15/9/2025")).isEmpty();
        assertThat(TaskAligner.theme(null)).isEmpty();
    }

    @Test
    void counterparts_acrossLevels_includeTheBodiesEveryLevelNamesItsOwnWay() {
        assertThat(TaskAligner.counterparts("Ủy ban nhân dân xã")).containsAnyElementsOf(TaskAligner.counterparts("Đảng ủy Ủy ban nhân dân tỉnh"));
        assertThat(TaskAligner.counterparts("Công an xã")).containsAnyElementsOf(TaskAligner.counterparts("Đảng ủy Công an tỉnh"));
        assertThat(TaskAligner.counterparts("Ban Xây dựng Đảng Đảng ủy xã")).containsAnyElementsOf(TaskAligner.counterparts("Ban Tổ chức Tỉnh ủy"));
        assertThat(TaskAligner.counterparts("Các chi bộ trực thuộc Đảng ủy xã"))
                .containsAnyElementsOf(TaskAligner.counterparts("Ban thường vụ các đảng ủy trực thuộc Tỉnh ủy"));
        assertThat(TaskAligner.counterparts("Các chi ủy, chi bộ trong Đảng bộ phường"))
                .containsAnyElementsOf(TaskAligner.counterparts("Các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh"));
        assertThat(TaskAligner.counterparts("Đảng ủy các xã, phường, đặc khu"))
                .containsAnyElementsOf(TaskAligner.counterparts("Các đảng bộ, chi bộ cơ sở trực thuộc Tỉnh ủy"));
        assertThat(TaskAligner.counterparts("Văn phòng Đảng ủy xã")).doesNotContainAnyElementsOf(TaskAligner.counterparts("Ban Tổ chức Tỉnh ủy"));
        assertThat(TaskAligner.counterparts(null)).isEmpty();
    }

    @Test
    void sectionKeys_readRomanPartsAsFigures() {
        assertThat(TaskAligner.sectionKey("II.3")).isEqualTo("2.3");
        assertThat(TaskAligner.sectionKey("2.3")).isEqualTo("2.3");
        assertThat(TaskAligner.sectionKey("IV")).isEqualTo("4");
        assertThat(TaskAligner.sectionKey("IX.1")).isEqualTo("9.1");
        assertThat(TaskAligner.sectionKey(null)).isEmpty();
    }

    @Test
    void organs_dropTheirLevel() {
        assertThat(TaskAligner.organ("Ban Tổ chức Tỉnh ủy")).isEqualTo(TaskAligner.organ("Ban Tổ chức Thành ủy"))
                .isEqualTo("ban to chuc");
        assertThat(TaskAligner.organ("Ủy ban Kiểm tra Đảng ủy phường Tân Hòa")).isEqualTo("uy ban kiem tra");
        assertThat(TaskAligner.organ("Văn phòng Tỉnh ủy")).isNotEqualTo(TaskAligner.organ("Ban Tổ chức Tỉnh ủy"));
        assertThat(TaskAligner.organ(null)).isEmpty();
    }
}
