package vn.cascade.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Citation;
import vn.cascade.domain.Unit;
import vn.cascade.understand.UnitNames;

class UnitRegistryTest {

    private static TraceTask led(String unit, Integer due) {
        return new TraceTask("3.1", "task", List.of(unit + "|lead"), "Hướng dẫn thực hiện.", null, null, null, due);
    }

    /** A city plan naming its organs without the place, a ward plan naming the city's organ and its own. */
    private static DocumentGraph graph() {
        TraceDocument city = new TraceDocument("c", "city.txt", "Kế hoạch", "15-KH/TU", "Ban Thường vụ Thành ủy Long Hưng",
                "2025-09-18", "x", List.of(new Citation("50-CT/TW", "Chỉ thị", "2025-07-23", "Ban Bí thư", "implements")),
                List.of(led("Ban Tổ chức Thành ủy", 20251031), led("Văn phòng Thành ủy", null),
                        led("Các cấp ủy, tổ chức đảng", null)), "city");
        TraceDocument ward = new TraceDocument("w", "ward.txt", "Kế hoạch", "16-KH/ĐU", "Đảng ủy phường Tân Hòa",
                "2025-10-09", "x", List.of(new Citation("15-KH/TU", "Kế hoạch", "2025-09-18", "Ban Thường vụ Thành ủy", "implements")),
                List.of(led("Ban Tổ chức Thành Ủy", 20251231), led("Ban Xây dựng Đảng Đảng ủy phường", 20251130),
                        led("Ban thường vụ các đảng ủy trực thuộc Thành ủy", null)), "ward");
        return DocumentGraph.build(List.of(city, ward));
    }

    @Test
    void theSameOrganIsOneUnitAcrossDocuments_withItsCommitteesPlace() {
        UnitRegistry r = UnitRegistry.build(graph());
        assertThat(r.units()).extracting(Unit::name).containsExactly(
                "Ban Tổ chức Thành ủy Long Hưng", "Ban Xây dựng Đảng Đảng ủy phường Tân Hòa", "Văn phòng Thành ủy Long Hưng");
        Unit bt = r.resolve("16-KH/ĐU", "Ban Tổ chức Thành Ủy").orElseThrow();
        assertThat(bt).isEqualTo(r.resolve("15-KH/TU", "Ban Tổ chức Thành ủy").orElseThrow());
        assertThat(bt.documents()).containsExactly("15-KH/TU", "16-KH/ĐU");
        assertThat(bt.variants()).contains("Ban Tổ chức Thành ủy", "Ban Tổ chức Thành Ủy");
        assertThat(r.resolve("15-KH/TU", "Các cấp ủy, tổ chức đảng")).isEmpty();
    }

    @Test
    void unitLoad_countsOneUnitAcrossDocuments() {
        var load = new ComplianceCheck().load(graph(), LocalDate.of(2025, 12, 1));
        assertThat(load).anySatisfy(l -> {
            assertThat(l.unit()).isEqualTo("Ban Tổ chức Thành ủy Long Hưng");
            assertThat(l.open()).isEqualTo(1);
            assertThat(l.overdue()).isEqualTo(1);
        });
    }

    @Test
    void namesSplitIntoOrganAndCommittee() {
        assertThat(UnitNames.organ("Ban Tổ chức Tỉnh ủy Lai Châu")).isEqualTo("Ban Tổ chức");
        assertThat(UnitNames.committee("Ban Tổ chức Tỉnh ủy Lai Châu")).isEqualTo("Tỉnh ủy Lai Châu");
        assertThat(UnitNames.organ("Ban Xây dựng Đảng Đảng ủy phường")).isEqualTo("Ban Xây dựng Đảng");
        assertThat(UnitNames.organ("Ủy ban Kiểm tra Thành ủy")).isEqualTo("Ủy ban Kiểm tra");
        assertThat(UnitNames.organ("Đảng ủy phường Tân Hòa")).isEmpty();
        assertThat(UnitNames.hasPlace("Tỉnh ủy Lai Châu")).isTrue();
        assertThat(UnitNames.hasPlace("Thành ủy")).isFalse();
        assertThat(UnitNames.collective("Các cơ quan liên quan")).isTrue();
        assertThat(UnitNames.collective("Ban Tuyên giáo và Dân vận Đảng ủy các cơ quan Đảng")).isFalse();
    }
}
