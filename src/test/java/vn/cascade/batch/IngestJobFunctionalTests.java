package vn.cascade.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.corpus.ScanWriter;
import vn.cascade.domain.Document;
import vn.cascade.domain.SourceFile;
import vn.cascade.index.DocumentSearcher;
import vn.cascade.ingest.Quarantine;
import vn.cascade.ingest.ReadLimits;
import vn.cascade.ocr.OcrConfig;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.pipeline.DocumentPipeline;
import vn.cascade.testutil.BadFiles;
import vn.cascade.testutil.Fixtures;

/**
 * The ingest job end to end: real Spring Batch over an H2 file, real Lucene index on disk, real
 * Tika and Tesseract.
 */
class IngestJobFunctionalTests {

    @TempDir
    Path tmp;

    /** Defaults, with one document per commit so that counts after a failure are exact. */
    private CascadeConfig config(Path in, Path data) {
        Properties p = CascadeConfig.load(null);
        p.setProperty("cascade.batch.chunk-size", "1");
        return CascadeConfig.from(p).withInputs(List.of(in)).withDataDir(data).withThreads(2);
    }

    @Test
    void ingest_mixedFolder_indexesGoodFiles_setsAsideEachBadKindWithReason_thenSecondRunIsNoOp() throws IOException {
        assumeTrue(OcrEngine.available(OcrConfig.defaults()), "Tesseract with vie.traineddata is installed");
        // given
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String seed : List.of("000_a512d540e7e72e41.txt", "002_16dc449be3f50a1e.txt")) {
            Files.copy(Fixtures.SEEDS.resolve(seed), in.resolve(seed));
        }
        new ScanWriter(300).writePng(new PageRenderer().render(Fixtures.PLAN_PARAGRAPH, RenderOptions.defaults().withSeed(9)),
                in, "plan-scan");
        BadFiles.empty(in);
        BadFiles.corruptPdf(in);
        BadFiles.encryptedPdf(in);
        BadFiles.binaryAsText(in);
        BadFiles.decompressionBomb(in);
        BadFiles.english(in);
        BadFiles.oversized(in, 500_000);
        CascadeConfig config = config(in, tmp.resolve("data")).withLimits(
                new ReadLimits(400_000, ReadLimits.defaults().maxImagePixels(), 50, 20));

        // when
        IngestSummary first = IngestRunner.run(config, null);

        // then
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.found()).isEqualTo(10);
        assertThat(first.indexed()).as("set aside: %s", first.setAside()).isEqualTo(3);
        assertThat(first.ocrPages()).isEqualTo(1);
        Map<String, String> reasons = first.setAside().stream()
                .collect(Collectors.toMap(Quarantine.Entry::file, Quarantine.Entry::reason));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                "empty.txt", "EMPTY",
                "truncated.pdf", "CORRUPT",
                "encrypted.pdf", "ENCRYPTED",
                "notes.txt", "BINARY_AS_TEXT",
                "scan-bomb.png", "IMAGE_TOO_LARGE",
                "minutes-en.txt", "NOT_VIETNAMESE",
                "huge.txt", "TOO_LARGE"));
        assertThat(new Quarantine(config.dataDir()).entries()).hasSize(7);
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElseThrow()) {
            assertThat(s.documentCount()).isEqualTo(3);
            assertThat(s.search("chi thi 50", 10)).extracting(h -> h.file())
                    .contains("002_16dc449be3f50a1e.txt", "plan-scan-p1.png");
        }

        // when: nothing changed
        IngestSummary second = IngestRunner.run(config, null);

        // then
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.nothingToDo()).isTrue();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.setAsideBefore()).isEqualTo(7);
        assertThat(second.indexed()).isZero();
    }

    /** Fails on one file while {@link #FAIL} is set, like a crash in the middle of a run. */
    @Configuration(proxyBeanMethods = false)
    static class FailingProcessor {
        static final AtomicBoolean FAIL = new AtomicBoolean();

        @Bean
        @Primary
        ItemProcessor<SourceFile, Document> failingProcessor(DocumentPipeline pipeline) {
            return f -> {
                if (FAIL.get() && f.fileName().equals("doc-4.txt")) {
                    throw new IllegalStateException("injected failure on doc-4.txt");
                }
                return pipeline.process(f);
            };
        }
    }

    @Test
    void ingest_failureAtDocumentFour_thenRestart_finishesTheRestWithExactCounts() throws IOException {
        // given: six documents, two workers (doc-1,3,5 and doc-2,4,6), one commit per document
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(Fixtures.SEEDS.resolve("001_e523802ce71f7aac.txt"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(in.resolve("doc-" + i + ".txt"), "Tài liệu " + i + "\n" + text);
        }
        CascadeConfig config = config(in, tmp.resolve("data"));

        // when: the run fails at doc-4
        FailingProcessor.FAIL.set(true);
        IngestSummary failed = IngestRunner.run(config, null, FailingProcessor.class);

        // then: the other worker finished its share, the failing one stopped before doc-4
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("injected failure on doc-4.txt");
        assertThat(failed.indexed()).isEqualTo(4);

        // when: the cause is gone and ingest runs again
        FailingProcessor.FAIL.set(false);
        IngestSummary resumed = IngestRunner.run(config, null, FailingProcessor.class);

        // then: it resumed, processed exactly the two that were left, and nothing is indexed twice
        assertThat(resumed.restarted()).isTrue();
        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.indexed()).isEqualTo(2);
        try (DocumentSearcher s = DocumentSearcher.open(config.dataDir()).orElseThrow()) {
            assertThat(s.documentCount()).isEqualTo(6);
        }
        IngestSummary third = IngestRunner.run(config, null);
        assertThat(third.nothingToDo()).isTrue();
    }
}
