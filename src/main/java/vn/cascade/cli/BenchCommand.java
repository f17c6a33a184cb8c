package vn.cascade.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.batch.IngestRunner;
import vn.cascade.batch.IngestSummary;
import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.ocr.CharacterErrorRate;
import vn.cascade.ocr.OcrEngine;
import vn.cascade.ocr.OcrResult;
import vn.cascade.pipeline.CascadeConfig;

/** Benchmarks whose figures the README quotes; each prints the figure and what it was measured on. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures speed and OCR quality on this machine.",
        subcommands = {BenchCommand.Ocr.class, BenchCommand.Text.class, BenchCommand.Normalize.class, BenchCommand.Search.class})
final class BenchCommand {

    @ParentCommand
    Cascade parent;

    @Command(name = "ocr", mixinStandardHelpOptions = true,
            description = {"Renders pages of accented text (default: seed 002) as scans, OCRs them with real Tesseract",
                    "and prints pages per minute and the character error rate against the rendered text."})
    static final class Ocr implements Callable<Integer> {
        @ParentCommand BenchCommand bench;
        @Spec CommandSpec spec;

        @Option(names = "--text", defaultValue = "corpus/seeds/002_16dc449be3f50a1e.txt") Path text;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--speckle", defaultValue = "0.0002") double speckle;
        @Option(names = "--skew", defaultValue = "0.4") double skew;
        @Option(names = "--lang", defaultValue = "vie") String lang;

        @Override
        public Integer call() throws Exception {
            CascadeConfig config = bench.parent.config();
            List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
            // The whole text as full A4 pages; the error rate compares the pages' OCR, joined, with
            // exactly the text drawn.
            List<BufferedImage> images = new PageRenderer().render(lines,
                    RenderOptions.defaults().withSpeckle(speckle).withSkew(skew));
            String reference = String.join(" ", PageRenderer.visibleText(lines));
            var out = spec.commandLine().getOut();
            try (OcrEngine engine = new OcrEngine(config.ocr().withLanguages(lang), threads)) {
                engine.recognize(images.get(images.size() - 1)); // load the model outside the timing
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long start = System.nanoTime();
                List<Future<OcrResult>> results = new ArrayList<>();
                for (BufferedImage img : images) {
                    results.add(pool.submit(() -> engine.recognize(img)));
                }
                StringBuilder hypothesis = new StringBuilder();
                for (Future<OcrResult> r : results) {
                    hypothesis.append(r.get().text()).append(' ');
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                String ref = CharacterErrorRate.squash(reference);
                double cer = CharacterErrorRate.of(reference, hypothesis.toString());
                out.printf("OCR %s: %d pages (A4, 300 dpi, speckle %.4f, skew <= %.1f deg) in %.1f s with %d threads: "
                                + "%.1f pages/min; character error rate %.4f over %d characters (text: %s)%n",
                        lang, images.size(), speckle, skew, seconds, threads, images.size() / seconds * 60,
                        cer, ref.length(), text);
            }
            return 0;
        }
    }

    @Command(name = "text", mixinStandardHelpOptions = true,
            description = "Ingests N text documents (copies of the seeds, each made distinct) into a fresh data folder and prints documents per second.")
    static final class Text implements Callable<Integer> {
        @ParentCommand BenchCommand bench;
        @Spec CommandSpec spec;
        @Option(names = "--docs", defaultValue = "500") int docs;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--work", defaultValue = "target/bench-text", description = "Scratch folder (emptied first).") Path work;

        @Override
        public Integer call() throws IOException {
            deleteTree(work);
            Path in = Files.createDirectories(work.resolve("in"));
            List<Path> seeds;
            try (var s = Files.list(Path.of("corpus", "seeds"))) {
                seeds = s.sorted().toList();
            }
            for (int i = 0; i < docs; i++) {
                String body = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
                Files.writeString(in.resolve("doc-" + i + ".txt"), "Văn bản " + i + "\n" + body, StandardCharsets.UTF_8);
            }
            CascadeConfig config = bench.parent.config().withInputs(List.of(in)).withDataDir(work.resolve("data"))
                    .withThreads(threads);
            IngestSummary s = IngestRunner.run(config, null);
            double seconds = s.elapsed().toMillis() / 1000.0;
            spec.commandLine().getOut().printf("Ingest of %d text documents (copies of corpus/seeds) with %d threads: "
                    + "%s in %.1f s, %.1f documents/s (includes job start-up)%n", docs, threads, s.status(), seconds, s.indexed() / seconds);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Builds an index of N synthetic documents (paragraphs of the seeds, shuffled, with invented",
                    "numbers), then times queries: median and 95th percentile of the query itself (search,",
                    "highlight of the top 10), after a warm-up."})
    static final class Search implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--docs", defaultValue = "100000") int docs;
        @Option(names = "--queries", defaultValue = "200") int queries;
        @Option(names = "--work", defaultValue = "target/bench-search") Path work;

        @Override
        public Integer call() throws IOException {
            deleteTree(work);
            List<String> paragraphs = new ArrayList<>();
            try (var s = Files.list(Path.of("corpus", "seeds"))) {
                for (Path f : s.sorted().toList()) {
                    for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                        if (p.strip().length() > 80) {
                            paragraphs.add(p.strip());
                        }
                    }
                }
            }
            java.util.Random r = new java.util.Random(1);
            long t0 = System.nanoTime();
            try (vn.cascade.index.DocumentIndex index = new vn.cascade.index.DocumentIndex(work)) {
                for (int i = 0; i < docs; i++) {
                    StringBuilder text = new StringBuilder("Kế hoạch số " + (i % 500 + 1) + "-KH/ĐU\n");
                    for (int k = 0; k < 8; k++) {
                        text.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
                    }
                    String t = text.toString();
                    String sha = String.format("%064x", i);
                    index.upsert(new vn.cascade.domain.Document(sha.substring(48), "doc-" + i + ".txt", "/bench/doc-" + i + ".txt",
                            sha, "text/plain", List.of(vn.cascade.domain.Page.text(1, t)), t, t));
                }
                index.commit();
            }
            double build = (System.nanoTime() - t0) / 1e9;
            String[] qs = {"chi thi 50", "Chỉ thị 50", "sinh hoat chi bo", "kiểm tra giám sát", "Ban Tổ chức Thành ủy",
                    "\"nâng cao chất lượng\"", "dang vien", "quy IV/2025", "so tay dang vien dien tu", "Ủy ban Kiểm tra"};
            List<Long> times = new ArrayList<>();
            try (vn.cascade.index.DocumentSearcher searcher = vn.cascade.index.DocumentSearcher.open(work).orElseThrow()) {
                for (int i = 0; i < 50; i++) {
                    searcher.search(qs[i % qs.length], 10); // warm-up
                }
                for (int i = 0; i < queries; i++) {
                    long a = System.nanoTime();
                    searcher.search(qs[i % qs.length], 10);
                    times.add(System.nanoTime() - a);
                }
            }
            java.util.Collections.sort(times);
            spec.commandLine().getOut().printf("Search over %d synthetic documents (index built in %.1f s): query with "
                            + "highlighting of the top 10, median %.1f ms, 95th percentile %.1f ms, over %d queries%n",
                    docs, build, times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.95)) / 1e6, queries);
            return 0;
        }
    }

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = {"Restores a text repeatedly on one thread after loading the model and prints model load time,",
                    "syllables per second (first pass, and warm passes) and heap in use."})
    static final class Normalize implements Callable<Integer> {
        @ParentCommand BenchCommand bench;
        @Spec CommandSpec spec;
        @Option(names = "--input", defaultValue = "corpus/seeds/001_e523802ce71f7aac.txt",
                description = "the document timed alone, pass after pass (default: seed 001)") Path input;
        @Option(names = "--passes", defaultValue = "10") int passes;
        @Option(names = "--stream", split = ",", defaultValue = "corpus/seeds/000_a512d540e7e72e41.txt,"
                + "corpus/seeds/001_e523802ce71f7aac.txt,corpus/seeds/003_7765c9043e20ec88.txt,"
                + "corpus/seeds/004_650fb64d13caf8aa.txt",
                description = "documents timed as new ones: one pass, in order, by a restorer whose caches start empty"
                        + " (default: the OCR'd seeds)") List<Path> stream;

        @Override
        public Integer call() throws IOException {
            Path dir = bench.parent.config().normalizerModel();
            long t0 = System.nanoTime();
            var model = vn.cascade.normalize.NormalizerModel.load(dir);
            double load = (System.nanoTime() - t0) / 1e9;
            var chain = vn.cascade.normalize.NormalizationChain.withRestorer(
                    vn.cascade.normalize.ToneMarkPlacement.Style.OLD, model.restorer());
            String text = Files.readString(input, StandardCharsets.UTF_8);
            int syllables = vn.cascade.normalize.train.RestorationEvaluation.syllables(text).size();
            long a = System.nanoTime();
            chain.normalize(text);
            double first = (System.nanoTime() - a) / 1e9;
            long b = System.nanoTime();
            for (int i = 0; i < passes; i++) {
                chain.normalize(text);
            }
            double warm = (System.nanoTime() - b) / 1e9 / passes;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            var out = spec.commandLine().getOut();
            out.printf("Normalizer on %s (%d syllables), one thread: model load %.2f s; "
                            + "first pass %.0f syllables/s; warm %.0f syllables/s (mean of %d passes); heap in use %d MB%n",
                    input, syllables, load, syllables / first, syllables / warm, passes, heap / (1024 * 1024));
            // New documents: the code is compiled (the passes above), but a fresh restorer has seen
            // none of their words, as in a batch of documents never processed before.
            List<String> texts = new java.util.ArrayList<>();
            int total = 0;
            for (Path p : stream) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(t);
                total += vn.cascade.normalize.train.RestorationEvaluation.syllables(t).size();
            }
            var fresh = vn.cascade.normalize.NormalizationChain.withRestorer(vn.cascade.normalize.ToneMarkPlacement.Style.OLD,
                    vn.cascade.normalize.NormalizerModel.load(dir).restorer());
            long c = System.nanoTime();
            for (String t : texts) {
                fresh.normalize(t);
            }
            double once = (System.nanoTime() - c) / 1e9;
            out.printf("New documents (%d, %d syllables, one pass in order, compiled code, empty caches): %.0f syllables/s%n",
                    texts.size(), total, total / once);
            return 0;
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
