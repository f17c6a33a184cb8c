package vn.cascade.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cascade.domain.Document;
import vn.cascade.domain.Page;

/** A real Lucene index on disk. */
class DocumentSearcherTest {

    @TempDir
    Path data;

    private static Document doc(String id, String file, String text) {
        return new Document(id, file, "/in/" + file, id + "0".repeat(64 - id.length()), "text/plain",
                List.of(Page.text(1, text)), text, text);
    }

    @BeforeEach
    void index() {
        try (DocumentIndex index = new DocumentIndex(data)) {
            index.upsert(doc("a1", "accented.txt", "Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư về sinh hoạt chi bộ."));
            index.upsert(doc("b2", "unaccented-ocr.txt", "Thuc hien Chi thi so 50-CT/TW cua Ban Bi thu ve sinh hoat chi bo."));
            index.upsert(doc("c3", "other.txt", "Quy định số 2866-QĐ/TU về cấp ủy cấp trên dự sinh hoạt với chi bộ."));
            index.commit();
        }
    }

    @Test
    void search_unaccentedQuery_findsAccentedAndUnaccentedText() {
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThat(s.search("chi thi 50", 10)).extracting(SearchHit::file)
                    .containsExactlyInAnyOrder("accented.txt", "unaccented-ocr.txt");
        }
    }

    @Test
    void search_accentedQuery_findsTheSameDocuments_exactMatchFirst() {
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            List<SearchHit> hits = s.search("Chỉ thị 50", 10);
            assertThat(hits).extracting(SearchHit::file).containsExactlyInAnyOrder("accented.txt", "unaccented-ocr.txt");
            assertThat(hits.get(0).file()).isEqualTo("accented.txt");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void search_snippet_highlightsTheMatchedWords() {
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            SearchHit hit = s.search("chi thi 50", 10).stream().filter(h -> h.file().equals("accented.txt")).findFirst().orElseThrow();
            assertThat(hit.snippet()).contains("«Chỉ»").contains("«thị»").contains("«50»");
            assertThat(hit.path()).isEqualTo("/in/accented.txt");
        }
    }

    @Test
    void search_numberSymbolWithSlash_isTakenLiterally() {
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThat(s.search("50-CT/TW", 10)).extracting(SearchHit::file)
                    .containsExactlyInAnyOrder("accented.txt", "unaccented-ocr.txt");
        }
    }

    @Test
    void search_filters_byTypeIssuerDateUnitDueAndOverdue() {
        vn.cascade.domain.Identity plan = new vn.cascade.domain.Identity("Kế hoạch", "15-KH/TU", "15", "KH/TU", "2025-09-18",
                null, null, "Ban Thường vụ Thành ủy", null, null, null, null);
        vn.cascade.domain.Task task = new vn.cascade.domain.Task("3.1", vn.cascade.domain.Task.Kind.TASK,
                List.of(new vn.cascade.domain.UnitRole("Ban Tổ chức Thành ủy", vn.cascade.domain.UnitRole.Role.LEAD)),
                "Hướng dẫn đánh giá chi bộ theo Chỉ thị 50", "trong quý IV/2025", vn.cascade.domain.Deadline.by("2025-Q4"));
        try (DocumentIndex index = new DocumentIndex(data)) {
            index.upsert(doc("e5", "plan.txt", "Kế hoạch thực hiện Chỉ thị 50-CT/TW").withUnderstanding(plan, List.of(), List.of(task)));
            index.commit();
        }
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThat(s.search("chi thi 50", 10, new SearchFilters("Kế hoạch", null, null, null, null, null, null, null, null)))
                    .extracting(SearchHit::file).containsExactly("plan.txt");
            assertThat(s.search("chi thi 50", 10, new SearchFilters(null, "Ban Thường vụ Thành ủy", "2025-09", "2025-12", null, null, null, null, null)))
                    .extracting(SearchHit::file).containsExactly("plan.txt");
            assertThat(s.search("chi thi 50", 10, new SearchFilters(null, null, "2026-01-01", null, null, null, null, null, null))).isEmpty();
            assertThat(s.search("chi thi 50", 10, new SearchFilters(null, null, null, null, "Ban Tổ chức Thành ủy", 20251201, 20251231, null, null)))
                    .extracting(SearchHit::file).containsExactly("plan.txt");
            assertThat(s.search("chi thi 50", 10, new SearchFilters(null, null, null, null, null, null, null, 20260101, null)))
                    .extracting(SearchHit::file).containsExactly("plan.txt");
            assertThat(s.search("chi thi 50", 10, new SearchFilters(null, null, null, null, null, null, null, 20251101, null))).isEmpty();
        }
    }

    @Test
    void theIdentitysPlaceAndParentOrganisation_areStored_andTheTraceReadsThem() {
        vn.cascade.domain.Identity plan = new vn.cascade.domain.Identity("Kế hoạch", "16-KH/ĐU", "16", "KH/ĐU", "2025-10-02",
                "Hải Phòng", "Đảng ủy phường Lê Chân", "Ban Thường vụ Đảng ủy phường Lê Chân", "Đảng bộ thành phố Hải Phòng",
                null, null, null);
        try (DocumentIndex index = new DocumentIndex(data)) {
            index.upsert(doc("f6", "ward.txt", "Kế hoạch thực hiện Chỉ thị 50-CT/TW").withUnderstanding(plan, List.of(), List.of()));
            index.commit();
        }
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThat(s.get("f6").orElseThrow().place()).isEqualTo("Hải Phòng");
            assertThat(vn.cascade.trace.TraceSource.read(s)).filteredOn(d -> d.docId().equals("f6"))
                    .extracting(vn.cascade.trace.TraceDocument::place, vn.cascade.trace.TraceDocument::parentOrganization)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Hải Phòng", "Đảng bộ thành phố Hải Phòng"));
            // a document understood without a place keeps none
            assertThat(s.get("a1").orElseThrow().place()).isNull();
        }
    }

    @Test
    void search_leadingWildcard_isRefusedWithAClearMessage() {
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThatThrownBy(() -> s.search("*thi", 10)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("no leading *");
        }
    }

    @Test
    void upsert_sameIdTwice_keepsOneEntry_andChangedFileReplacesItsPath() {
        try (DocumentIndex index = new DocumentIndex(data)) {
            index.upsert(doc("a1", "accented.txt", "Chỉ thị 50 bản mới"));
            index.upsert(doc("d4", "other.txt", "Quy định 2866 bản sửa")); // same path as c3, new content
            index.commit();
            assertThat(index.ledger()).hasSize(3).containsEntry("/in/other.txt", "d4" + "0".repeat(62));
        }
        try (DocumentSearcher s = DocumentSearcher.open(data).orElseThrow()) {
            assertThat(s.documentCount()).isEqualTo(3);
            assertThat(s.get("a1").orElseThrow().restoredText()).isEqualTo("Chỉ thị 50 bản mới");
        }
    }
}
