package vn.cascade.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.cascade.normalize.NormalizationChain;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.understand.Understanding;

/** The seeds' implementation tree, built from their OCR text restored and understood as ingest does. */
class DocumentGraphTest {

    static DocumentGraph graph;

    @BeforeAll
    static void build() throws Exception {
        NormalizationChain chain = CascadeConfig.standard().normalizationChain();
        Understanding understanding = new Understanding();
        List<TraceDocument> docs = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                docs.add(trace(f.getFileName().toString(), chain.normalize(Files.readString(f, StandardCharsets.UTF_8)),
                        understanding));
            }
        }
        // A copy of seed 002 received as another file: the same document, not another plan.
        String copy = Files.readString(Path.of("corpus", "seeds", "002_16dc449be3f50a1e.txt"), StandardCharsets.UTF_8);
        docs.add(trace("002-copy.txt", copy.substring(0, copy.length() / 2), understanding));
        graph = DocumentGraph.build(docs);
    }

    private static TraceDocument trace(String file, String text, Understanding understanding) {
        return TraceSource.of(file, text, understanding.understand(file, text));
    }

    private static List<String> childLabels(String id) {
        return graph.children(graph.find(id).orElseThrow()).stream().map(DocumentGraph.Node::label).toList();
    }

    @Test
    void directive50_isKnownOnlyByCitation_andRootsTheSeedsTree() {
        DocumentGraph.Node d = graph.find("50-CT/TW").orElseThrow();
        assertThat(d.ingested()).isFalse();
        assertThat(childLabels("50-CT/TW")).containsExactlyInAnyOrder("15-KH/TU", "09-KH/TU");
    }

    @Test
    void seed002_printsNoNumber_isResolvedAs15KHTU_withEvidence_andCopiesMerged() {
        DocumentGraph.Node plan = graph.find("002_16dc449be3f50a1e.txt").orElseThrow();
        assertThat(plan.number()).isEqualTo("15-KH/TU");
        assertThat(plan.resolution()).isNotNull();
        assertThat(plan.resolution().confidence()).isGreaterThanOrEqualTo(0.6);
        assertThat(plan.resolution().evidence()).isNotEmpty();
        assertThat(plan.files()).contains("002-copy.txt");
    }

    @Test
    void wardAndAgencyPlans_hangUnderTheCityPlan_notTheDirective() {
        assertThat(childLabels("15-KH/TU")).containsExactlyInAnyOrder("16-KH/ĐU", "22-KH/ĐU");
    }

    @Test
    void twoProvincesDocumentsOfOneNumber_areTwoNodes_namedWithTheirProvince() {
        // 003 (Thanh Hóa) and 004 (Lai Châu) each cite their own province's Hướng dẫn 03-HD/TU
        List<String> labels = graph.nodes().stream().map(DocumentGraph.Node::label).toList();
        assertThat(labels).contains("03-HD/TU@Thanh Hóa", "03-HD/TU@Lai Châu").doesNotContain("03-HD/TU");
        // the centre's documents are one everywhere
        assertThat(labels).containsOnlyOnce("50-CT/TW");
    }

    @Test
    void aCitationWithAMisprintedType_isTheDocumentOfThatNumberAndDay() {
        // 000 prints "Chỉ thị 21-CT/TW, ngày 25/10/2021" for that day's Kết luận 21-KL/TW, which 002 and 004 cite
        List<String> labels = graph.nodes().stream().map(DocumentGraph.Node::label).toList();
        assertThat(labels).contains("21-KL/TW").doesNotContain("21-CT/TW");
        assertThat(graph.edges()).anyMatch(e -> e.from().label().equals("16-KH/ĐU") && e.to().label().equals("21-KL/TW"));
    }

    @Test
    void seed003_carriesOutAnotherRegulation_andStaysOutOfTheTree() {
        DocumentGraph.Node other = graph.find("003_7765c9043e20ec88.txt").orElseThrow();
        DocumentGraph.Node root = other;
        while (graph.parent(root).isPresent()) {
            root = graph.parent(root).get();
        }
        assertThat(root.number()).isNotEqualTo("50-CT/TW");
    }

    @Test
    void aDistrictCommitteesDocument_citedWithoutThePlace_isTheIngestedOne() {
        assertThat(DocumentGraph.family("Ban Thường vụ Huyện ủy Khe Vân")).isEqualTo(DocumentGraph.family("Ban Thường vụ Huyện ủy"));
        assertThat(DocumentGraph.family("Ban Thường vụ Huyện ủy")).isNotEqualTo(DocumentGraph.family("Ban Thường vụ Tỉnh ủy"));
    }
}
