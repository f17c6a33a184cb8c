package vn.cascade.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.index.SearchHit;
import vn.cascade.ocr.OcrConfig;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.testutil.Fixtures;

/** The committed corpus, as `bin/cascade ingest` reads it: every seed, scan and digital copy is indexed. */
class IngestCorpusFunctionalTests {

    @Test
    void ingest_corpus_indexesEverySeedScanAndDigitalCopy(@TempDir Path data) {
        assumeTrue(OcrEngine.available(OcrConfig.defaults()), "Tesseract with vie.traineddata is installed");
        // given
        CascadeConfig config = CascadeConfig.standard().withInputs(List.of(Fixtures.CORPUS)).withDataDir(data);

        // when
        IngestSummary s = IngestRunner.run(config, null);

        // then: every file is indexed: 5 seeds, 2 PNG pages + a 2-page TIFF + a 2-page image-only
        // PDF (6 OCR pages), a DOCX and a text PDF, and the annotated plans of corpus/understand
        assertThat(s.status()).isEqualTo("COMPLETED");
        assertThat(s.found()).isGreaterThanOrEqualTo(11);
        assertThat(s.indexed()).as("set aside: %s", s.setAside()).isEqualTo(s.found());
        assertThat(s.ocrPages()).isEqualTo(6);
        try (DocumentSearcher searcher = DocumentSearcher.open(data).orElseThrow()) {
            List<SearchHit> unaccented = searcher.search("chi thi 50", 100);
            List<SearchHit> accented = searcher.search("Chỉ thị 50", 100);
            // seeds 000, 001, 002, 004 and every copy of 002; not seed 003, which carries out another regulation
            assertThat(unaccented).hasSizeGreaterThanOrEqualTo(10).extracting(SearchHit::file)
                    .contains("000_a512d540e7e72e41.txt", "001_e523802ce71f7aac.txt", "004_650fb64d13caf8aa.txt",
                            "002.docx", "002.pdf", "002-sample.tif", "002-sample-scan.pdf", "002-sample-p1.png")
                    .doesNotContain("003_7765c9043e20ec88.txt");
            assertThat(accented).extracting(SearchHit::id)
                    .containsExactlyInAnyOrderElementsOf(unaccented.stream().map(SearchHit::id).toList());
            // each document's identity and tasks are indexed beside it
            var plan = searcher.get("002_16dc449be3f50a1e.txt").orElseThrow();
            assertThat(plan.type()).isEqualTo("Kế hoạch");
            assertThat(plan.tasks()).hasSizeGreaterThan(30);
            assertThat(plan.tasks()).anyMatch(t -> t.contains("Ban Tổ chức Thành ủy|lead"));
            // the accented query ranks accented text (seed 002 and its copies) above the unaccented OCR seeds
            assertThat(accented.get(0).file()).startsWith("002");
        }
    }
}
