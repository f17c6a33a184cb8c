package vn.cascade.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Citation;

class ComplianceCheckTest {

    private static TraceTask task(String section, String kind, String unit, String text, String deadlineText, Integer due) {
        return new TraceTask(section, kind, unit == null ? List.of() : List.of(unit + "|lead"), text, deadlineText,
                due == null ? null : "by", null, due);
    }

    /** A city plan that orders ward plans by end of October, and a ward plan issued in November. */
    private static DocumentGraph graph() {
        TraceDocument city = new TraceDocument("c", "city.txt", "Kế hoạch", "15-KH/TU", "Ban Thường vụ Thành ủy",
                "2025-09-18", "thực hiện Chỉ thị 50-CT/TW",
                List.of(new Citation("50-CT/TW", "Chỉ thị", "2025-07-23", "Ban Bí thư", "implements")),
                List.of(task("2.7", "solution", "Các cấp ủy, tổ chức đảng",
                                "Tăng cường công tác kiểm tra, giám sát đối với việc bảo đảm nền nếp sinh hoạt chi bộ.", null, null),
                        task("III.1", "task", "Các đảng ủy trực thuộc Thành ủy",
                                "Các đảng ủy trực thuộc xây dựng kế hoạch thực hiện (hoàn thành trong tháng 10/2025).",
                                "hoàn thành trong tháng 10/2025", 20251031),
                        task("3.1", "task", "Ban Tổ chức Thành ủy",
                                "Hướng dẫn đánh giá mô hình chi bộ bốn tốt (hoàn thành trong quý IV/2025).",
                                "hoàn thành trong quý IV/2025", 20251231)),
                "city plan text");
        TraceDocument ward = new TraceDocument("w", "ward.txt", "Kế hoạch", "16-KH/ĐU", "Ban Thường vụ Đảng ủy phường",
                "2025-11-15", "thực hiện Kế hoạch 15-KH/TU",
                List.of(new Citation("15-KH/TU", "Kế hoạch", "2025-09-18", "Ban Thường vụ Thành ủy", "implements"),
                        new Citation("50-CT/TW", "Chỉ thị", "2025-07-23", "Ban Bí thư", "implements")),
                List.of(task("3.1", "task", "Ban Xây dựng Đảng Đảng ủy phường",
                        "Hướng dẫn đánh giá mô hình chi bộ bốn tốt ở các chi bộ (hoàn thành trong tháng 01/2026).",
                        "hoàn thành trong tháng 01/2026", 20260131)),
                "ward plan text");
        return DocumentGraph.build(List.of(city, ward));
    }

    @Test
    void check_finds_latePlan_droppedSolution_laterDeadline_andOverdue() {
        DocumentGraph g = graph();
        List<TaskAligner.Link> links = new TaskAligner(g).align(g);
        assertThat(links).singleElement().satisfies(l -> assertThat(l.parentTask().section()).isEqualTo("3.1"));

        List<ComplianceCheck.Finding> findings = new ComplianceCheck().check(g, links, LocalDate.of(2025, 12, 1));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ComplianceCheck.Kind.LATE_PLAN);
            assertThat(f.document()).isEqualTo("16-KH/ĐU");
            assertThat(f.evidence()).contains("2025-10-31");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ComplianceCheck.Kind.DROPPED_SOLUTION);
            assertThat(f.section()).isEqualTo("2.7");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ComplianceCheck.Kind.LATER_DEADLINE));
        assertThat(findings).filteredOn(f -> f.kind() == ComplianceCheck.Kind.OVERDUE)
                .singleElement().satisfies(f -> assertThat(f.section()).isEqualTo("III.1"));
    }

    /** A report the parent wants every six months, made once a year, is a later deadline too. */
    @Test
    void aRecurrenceLessOftenThanTheParents_isLater() {
        TraceTask yearly = new TraceTask("2.7", "task", List.of(), "Báo cáo hằng năm", "hằng năm", "recurring", "yearly", null);
        TraceTask semi = new TraceTask("III.3", "task", List.of(), "Báo cáo 06 tháng", "06 tháng", "recurring", "semiannual", null);
        TraceTask continuous = new TraceTask("III.4", "task", List.of(), "Thường xuyên", "thường xuyên", "recurring", "continuous", null);
        assertThat(ComplianceCheck.lessOften(yearly, semi)).isTrue();
        assertThat(ComplianceCheck.lessOften(semi, yearly)).isFalse();
        assertThat(ComplianceCheck.lessOften(yearly, continuous)).isFalse();
    }

    @Test
    void load_countsOpenAndOverduePerLeadUnit() {
        var load = new ComplianceCheck().load(graph(), LocalDate.of(2025, 12, 1));
        assertThat(load).contains(new ComplianceCheck.UnitLoad("Các đảng ủy trực thuộc Thành ủy", 0, 1),
                new ComplianceCheck.UnitLoad("Ban Tổ chức Thành ủy", 1, 0));
    }

    @Test
    void aNamedSubordinateCommitteeWithoutAPlan_isFound() {
        TraceDocument province = new TraceDocument("p", "p.txt", "Kế hoạch", "61-KH/TU", "Ban Thường vụ Tỉnh ủy Sông Tiền",
                "2025-10-06", "thực hiện Kết luận 176-KL/TW",
                List.of(new Citation("176-KL/TW", "Kết luận", "2025-08-18", "Ban Bí thư", "implements")),
                List.of(task("2.7", "task", "Đảng ủy Công an tỉnh", "Bảo đảm an ninh mạng cho các cơ quan đảng.", null, null),
                        task("2.8", "task", "Đảng ủy Quân sự tỉnh", "Chuyển đổi số trong công tác đảng của lực lượng vũ trang.", null, null),
                        task("2.9", "task", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn cập nhật dữ liệu đảng viên.", null, null),
                        task("III.2", "task", "Các đảng ủy trực thuộc Tỉnh ủy",
                                "Các đảng ủy trực thuộc xây dựng kế hoạch thực hiện trước ngày 10/11/2025.",
                                "trước ngày 10/11/2025", 20251110)),
                "province");
        TraceDocument police = new TraceDocument("c", "c.txt", "Kế hoạch", "12-KH/ĐU", "Ban Thường vụ Đảng ủy Công an tỉnh",
                "2025-11-01", "thực hiện Kế hoạch 61-KH/TU",
                List.of(new Citation("61-KH/TU", "Kế hoạch", "2025-10-06", "Ban Thường vụ Tỉnh ủy", "implements")),
                List.of(task("1", "task", "Phòng An ninh mạng", "Rà soát an ninh mạng.", null, null)), "police");
        DocumentGraph g = DocumentGraph.build(List.of(province, police));
        List<ComplianceCheck.Finding> missing = new ComplianceCheck().check(g, new TaskAligner(g).align(g), LocalDate.of(2025, 12, 1))
                .stream().filter(f -> f.kind() == ComplianceCheck.Kind.MISSING_PLANS).toList();
        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.unit()).isEqualTo("Đảng ủy Quân sự tỉnh");
            assertThat(f.document()).isEqualTo("61-KH/TU");
            assertThat(f.evidence()).contains("2025-11-10");
        });
        // before the deadline nothing is missing yet
        assertThat(new ComplianceCheck().check(g, new TaskAligner(g).align(g), LocalDate.of(2025, 11, 1)))
                .noneMatch(f -> f.kind() == ComplianceCheck.Kind.MISSING_PLANS);
    }
}
