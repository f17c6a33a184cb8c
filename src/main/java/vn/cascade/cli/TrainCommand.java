package vn.cascade.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.corpus.RenderOptions;
import vn.cascade.normalize.train.NormalizerTrainer;
import vn.cascade.normalize.train.SyntheticOcrCorpus;
import vn.cascade.normalize.train.TokenAligner;
import vn.cascade.ocr.OcrEngine;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains Cascade's models from the project's data.",
        subcommands = {TrainCommand.Normalizer.class, TrainCommand.OcrPairs.class, TrainCommand.MinedPairs.class,
                TrainCommand.Understand.class})
final class TrainCommand {

    @ParentCommand
    Cascade parent;

    @Command(name = "normalizer", mixinStandardHelpOptions = true,
            description = {"Trains the OCR restorer: syllable inventory, syllable trigram language model (Kneser-Ney),",
                    "OCR channel rules. Writes them with a manifest to --out."})
    static final class Normalizer implements Callable<Integer> {
        @ParentCommand TrainCommand train;
        @Spec CommandSpec spec;

        @Option(names = "--data", defaultValue = "models/normalizer/data",
                description = "Training data: syllables.txt, lm/*.txt, ocr-pairs*.tsv (default ${DEFAULT-VALUE}).")
        Path data;
        @Option(names = "--in-domain", split = ",", defaultValue = "corpus",
                description = "Folders whose accented text files join the language model (default ${DEFAULT-VALUE}).")
        List<Path> inDomain;
        @Option(names = "--exclude", split = ",", description = {"Glob patterns of files to keep out (held-out evaluation).",
                "Default: the held-out plans that --split lists."})
        List<String> exclude;
        @Option(names = "--split", defaultValue = "corpus/understand/split.json",
                description = "The corpus's split; its held-out plans stay out of the model unless --exclude is given (default ${DEFAULT-VALUE}).")
        Path split;
        @Option(names = "--out", defaultValue = "models/normalizer") Path out;
        @Option(names = "--min-seen", defaultValue = "3") int minSeen;
        @Option(names = "--channel-min-count", defaultValue = "2") int channelMinCount;
        @Option(names = "--channel-max-edits", defaultValue = "2") int channelMaxEdits;
        @Option(names = "--mined-weight", defaultValue = "5",
                description = "How many synthetic pairs one pair mined from real scans counts as (default ${DEFAULT-VALUE}).")
        int minedWeight;
        @Option(names = "--from-index",
                description = {"Also learn from the accented documents already ingested (the office's own archive,",
                        "the best in-domain text): each indexed document whose text as read is mostly accented",
                        "(a digital file, not an OCR'd scan) joins the language model, unless it lies under --in-domain",
                        "already. Point cascade.normalize.model at --out to use the result."})
        boolean fromIndex;
        @Option(names = "--heldout-every", defaultValue = "10",
                description = "Keep every n-th line of the general text out of training, for evaluation (default ${DEFAULT-VALUE}).")
        int heldoutEvery;

        @Override
        public Integer call() throws Exception {
            if (exclude == null) {
                exclude = heldOut(split);
                spec.commandLine().getOut().printf("Leaving out the %d held-out plans listed in %s.%n", exclude.size(), split);
            }
            List<Path> domainFolders = new java.util.ArrayList<>(inDomain);
            int fromIndexCount = 0;
            if (fromIndex) {
                Path tmp = Files.createTempDirectory("cascade-indexed-text");
                tmp.toFile().deleteOnExit();
                try (var searcher = train.parent.openIndex()) {
                    for (var d : searcher.all()) {
                        boolean excluded = exclude != null && exclude.stream().anyMatch(g ->
                                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g).matches(Path.of(d.file())));
                        // Text as read, not as restored: the model must not learn its own mistakes.
                        boolean alreadyIn = inDomain.stream().anyMatch(f -> Path.of(d.path()).toAbsolutePath().normalize()
                                .startsWith(f.toAbsolutePath().normalize()));
                        if (!excluded && !alreadyIn && d.ocrPages() == 0 && d.rawText() != null
                                && NormalizerTrainer.accentedShare(d.rawText()) >= 0.5) {
                            Path f = tmp.resolve(d.id() + ".txt");
                            Files.writeString(f, d.rawText(), java.nio.charset.StandardCharsets.UTF_8);
                            f.toFile().deleteOnExit();
                            fromIndexCount++;
                        }
                    }
                }
                domainFolders.add(tmp);
            }
            var manifest = new NormalizerTrainer().train(new NormalizerTrainer.Inputs(data, domainFolders,
                    exclude == null ? List.of() : exclude, out, minSeen, channelMinCount, channelMaxEdits, heldoutEvery,
                    minedWeight));
            var o = spec.commandLine().getOut();
            if (fromIndex) {
                o.printf("From the index: %d accented documents joined the language model.%n", fromIndexCount);
            }
            o.printf("Trained the normalizer in %s: LM %s tokens, vocabulary %s; inventory %s syllables; channel %s rules from %s pairs.%n",
                    out, manifest.getProperty("lm.tokens"), manifest.getProperty("lm.vocabulary"),
                    manifest.getProperty("inventory.size"), manifest.getProperty("channel.rules"),
                    manifest.getProperty("channel.pairs"));
            return 0;
        }

        /**
         * Glob patterns for the held-out plans of a split file ({@code {"heldout": [name, ...]}}): a model
         * trained by default must not have read the text it is evaluated on. No split file, no pattern.
         */
        static List<String> heldOut(Path split) throws java.io.IOException {
            if (!Files.exists(split)) {
                return List.of();
            }
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(split.toFile()).path("heldout");
            List<String> globs = new java.util.ArrayList<>();
            node.forEach(n -> globs.add(n.asText() + ".*"));
            return List.copyOf(globs);
        }
    }

    @Command(name = "understand", mixinStandardHelpOptions = true,
            description = {"Trains the OpenNLP models of the genre on the annotated training plans (corpus/understand/ner,",
                    "documents 01-05, 09, 11, 14, 15, 19-22): the name finder for units and cited documents, and a tokenizer and a",
                    "sentence detector (token and sentence boundaries read from the annotation and its document).",
                    "'cascade eval ner' measures them on the held-out plans (06-08)."})
    static final class Understand implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--ner", defaultValue = "corpus/understand/ner") Path ner;
        @Option(names = "--train", split = ",", defaultValue = "01,02,03,04,05,09,11,14,15,19,20,21,22") List<String> train;
        @Option(names = "--out", defaultValue = "models/understand/ner-vi.bin") Path out;
        @Option(names = "--iterations", defaultValue = "150") int iterations;
        @Option(names = "--cutoff", defaultValue = "1") int cutoff;
        @Option(names = "--docs", defaultValue = "corpus/understand/docs",
                description = "The annotated plans' documents, for the tokenizer's and sentence detector's boundaries.")
        Path docsDir;

        @Override
        public Integer call() throws Exception {
            List<Path> files;
            try (var s = Files.list(ner)) {
                files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            List<Path> trainFiles = files.stream().filter(f -> train.stream().anyMatch(p -> f.getFileName().toString().startsWith(p))).toList();
            var samples = vn.cascade.understand.ner.NameFinderTraining.read(trainFiles);
            var model = vn.cascade.understand.ner.NameFinderTraining.train(samples, iterations, cutoff);
            var manifest = new java.util.Properties();
            manifest.setProperty("data", trainFiles.toString());
            manifest.setProperty("sentences", Integer.toString(samples.size()));
            manifest.setProperty("iterations", Integer.toString(iterations));
            manifest.setProperty("cutoff", Integer.toString(cutoff));
            manifest.setProperty("opennlp", "2.5.11, NameFinderME (maxent), default features");
            manifest.setProperty("date", java.time.Instant.now().toString());
            vn.cascade.understand.ner.NameFinderTraining.save(model, out, manifest);
            spec.commandLine().getOut().printf("Trained the name finder on %d sentences of %s; wrote %s%n",
                    samples.size(), trainFiles.stream().map(f -> f.getFileName().toString()).toList(), out);

            var docs = vn.cascade.understand.ner.SegmentationTraining.read(trainFiles, docsDir);
            int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
            var seg = new java.util.Properties();
            seg.setProperty("data", trainFiles.toString() + " with their documents in " + docsDir);
            seg.setProperty("sentences", Integer.toString(sentences));
            seg.setProperty("opennlp", "2.5.11, maxent defaults, cutoff 2");
            seg.setProperty("date", java.time.Instant.now().toString());
            Path tokenOut = out.resolveSibling("token-vi.bin");
            Path sentOut = out.resolveSibling("sent-vi.bin");
            vn.cascade.understand.ner.SegmentationTraining.save(
                    vn.cascade.understand.ner.SegmentationTraining.trainTokenizer(docs), tokenOut, seg);
            vn.cascade.understand.ner.SegmentationTraining.save(
                    vn.cascade.understand.ner.SegmentationTraining.trainSentenceDetector(docs), sentOut, seg);
            spec.commandLine().getOut().printf("Trained the tokenizer and the sentence detector on %d sentences; wrote %s, %s%n",
                    sentences, tokenOut, sentOut);
            return 0;
        }
    }

    @Command(name = "mined-pairs", mixinStandardHelpOptions = true,
            description = {"Finds real OCR confusions in an archive: each line of an OCR'd text (few accents) that",
                    "restates a line of an accented text (plans copy their parents' sentences) is aligned with it",
                    "word by word; the pairs join the channel at the next 'train normalizer' (ocr-pairs*.tsv)."})
    static final class MinedPairs implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files or folders (searched for *.txt).")
        List<Path> paths;
        @Option(names = "--exclude", split = ",", description = "Glob patterns of file names to leave out (evaluation data).")
        List<String> exclude;
        @Option(names = "--out", defaultValue = "models/normalizer/data/ocr-pairs-mined.tsv") Path out;
        @Option(names = "--min-similarity", defaultValue = "0.5") double minSimilarity;

        @Override
        public Integer call() throws Exception {
            List<Path> files = new java.util.ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (var s = Files.walk(p)) {
                        s.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("/ner/")
                                && !f.toString().contains("/gold/")).sorted().forEach(files::add);
                    }
                } else {
                    files.add(p);
                }
            }
            var matchers = (exclude == null ? List.<String>of() : exclude).stream()
                    .map(g -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
            files.removeIf(f -> matchers.stream().anyMatch(m -> m.matches(f.getFileName())));
            var miner = new vn.cascade.normalize.train.RestatementMiner(minSimilarity, 6);
            List<Path> ocr = new java.util.ArrayList<>();
            int accented = 0;
            for (Path f : files) {
                String text = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
                double share = NormalizerTrainer.accentedShare(text);
                if (share >= 0.5) {
                    miner.addAccented(text);
                    accented++;
                } else if (share <= 0.3) {
                    ocr.add(f);
                }
            }
            StringBuilder tsv = new StringBuilder();
            int pairs = 0;
            for (Path f : ocr) {
                for (var p : miner.mine(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8))) {
                    tsv.append(p.intended()).append('\t').append(p.observed()).append("\tMATCH_OR_SUB\n");
                    pairs++;
                }
            }
            Files.writeString(out, tsv.toString(), java.nio.charset.StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("Mined %d word pairs from %d OCR'd texts against %d accented ones; wrote %s%n",
                    pairs, ocr.size(), accented, out);
            return 0;
        }
    }

    @Command(name = "ocr-pairs", mixinStandardHelpOptions = true,
            description = {"Makes the synthetic parallel corpus of the OCR channel: renders accented text as scans in",
                    "several fonts, sizes and noise levels, OCRs them (English model by default: it damages",
                    "Vietnamese the way the seeds were damaged) and aligns the output with the text, word by word."})
    static final class OcrPairs implements Callable<Integer> {
        @ParentCommand TrainCommand train;
        @Spec CommandSpec spec;

        @Option(names = "--text", required = true, split = ",", description = "Accented UTF-8 text files.") List<Path> text;
        @Option(names = "--out", required = true) Path out;
        @Option(names = "--lang", defaultValue = "eng") String lang;
        @Option(names = "--variations", defaultValue = "8") int variations;
        @Option(names = "--lines", defaultValue = "60", description = "Lines of text per variation.") int lines;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Option(names = "--heldout-every", defaultValue = "0",
                description = "Skip every n-th line, as `train normalizer --heldout-every` holds them out (0: none).")
        int heldoutEvery;

        @Override
        public Integer call() throws Exception {
            List<String> all = new ArrayList<>();
            for (Path p : text) {
                int lineNo = 0;
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        if (heldoutEvery > 0 && lineNo++ % heldoutEvery == 0) {
                            continue;
                        }
                        all.add(l);
                    }
                }
            }
            var config = train.parent.config().ocr().withLanguages(lang);
            List<RenderOptions> options = SyntheticOcrCorpus.variations(seed, variations);
            List<TokenAligner.AlignedPair> pairs = new ArrayList<>();
            SyntheticOcrCorpus maker = new SyntheticOcrCorpus();
            try (OcrEngine engine = new OcrEngine(config, threads)) {
                var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
                List<java.util.concurrent.Future<List<TokenAligner.AlignedPair>>> jobs = new ArrayList<>();
                for (int v = 0; v < options.size(); v++) {
                    int from = (int) ((long) v * lines % Math.max(1, all.size()));
                    List<String> slice = new ArrayList<>();
                    for (int i = 0; i < lines && !all.isEmpty(); i++) {
                        slice.add(all.get((from + i) % all.size()));
                    }
                    RenderOptions opt = options.get(v);
                    jobs.add(pool.submit(() -> maker.make(slice, opt, engine)));
                }
                for (var j : jobs) {
                    pairs.addAll(j.get());
                }
                pool.shutdown();
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            SyntheticOcrCorpus.writeTsv(pairs, out);
            long changed = pairs.stream().filter(p -> p.op() == TokenAligner.Op.MATCH_OR_SUB && !p.intended().equals(p.observed())).count();
            spec.commandLine().getOut().printf("Wrote %d aligned pairs (%d damaged words) from %d renderings to %s%n",
                    pairs.size(), changed, options.size(), out);
            return 0;
        }
    }
}
