package vn.cascade.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;

import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.ocr.OcrEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.normalize.NormalizationChain;
import vn.cascade.normalize.NormalizerModel;
import vn.cascade.normalize.ToneMarkPlacement;
import vn.cascade.normalize.train.RestorationEvaluation;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures Cascade's models.",
        subcommands = {EvalCommand.Normalize.class, EvalCommand.Understand.class, EvalCommand.Trace.class, EvalCommand.Ner.class})
final class EvalCommand {

    @ParentCommand
    Cascade parent;

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Precision, recall and F1 per entity type of the trained name finder and of the rule-based unit recognizer, on the held-out annotated plans.")
    static final class Ner implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--ner", defaultValue = "corpus/understand/ner") Path ner;
        @Option(names = "--heldout", split = ",", defaultValue = "06,07,08") List<String> heldout;
        @Option(names = "--model", defaultValue = "models/understand/ner-vi.bin") Path model;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(model)) {
                throw new Cascade.UserException("no name finder at " + model + "; run 'cascade train understand'");
            }
            List<Path> files;
            try (var s = Files.list(ner)) {
                files = s.filter(f -> f.toString().endsWith(".txt"))
                        .filter(f -> heldout.stream().anyMatch(p -> f.getFileName().toString().startsWith(p))).sorted().toList();
            }
            var samples = vn.cascade.understand.ner.NameFinderTraining.read(files);
            var m = new opennlp.tools.namefind.TokenNameFinderModel(model);
            var out = spec.commandLine().getOut();
            out.printf("Held-out: %d sentences of %s%n", samples.size(), files.stream().map(f -> f.getFileName().toString()).toList());
            vn.cascade.understand.ner.NameFinderTraining.evaluate(m, samples)
                    .forEach((type, c) -> out.printf("  name finder  %-5s %s%n", type, c));
            vn.cascade.understand.ner.NameFinderTraining.evaluateRules(samples)
                    .forEach((type, c) -> out.printf("  rules        %-5s %s%n", type, c));
            var docs = vn.cascade.understand.ner.SegmentationTraining.read(files, Path.of("corpus", "understand", "docs"));
            Path tokenModel = model.resolveSibling("token-vi.bin");
            Path sentModel = model.resolveSibling("sent-vi.bin");
            out.printf("Tokens and sentences of the same plans (%d sentences found in their documents):%n",
                    docs.stream().mapToInt(d -> d.sentences().size()).sum());
            var seg = new Object() {
                String d(opennlp.tools.util.eval.FMeasure f) {
                    return vn.cascade.understand.ner.SegmentationTraining.describe(f);
                }
            };
            if (Files.isRegularFile(tokenModel)) {
                out.printf("  tokenizer (OpenNLP)              %s%n", seg.d(vn.cascade.understand.ner.SegmentationTraining
                        .evaluate(new opennlp.tools.tokenize.TokenizerModel(tokenModel), docs)));
            }
            out.printf("  tokens (regular expression)      %s%n",
                    seg.d(vn.cascade.understand.ner.SegmentationTraining.evaluateRuleTokens(docs)));
            if (Files.isRegularFile(sentModel)) {
                out.printf("  sentence detector (OpenNLP)      %s%n", seg.d(vn.cascade.understand.ner.SegmentationTraining
                        .evaluate(new opennlp.tools.sentdetect.SentenceModel(sentModel), docs)));
            }
            out.printf("  sentences (. ! ? then a capital) %s%n",
                    seg.d(vn.cascade.understand.ner.SegmentationTraining.evaluateRuleSentences(docs)));
            out.flush();
            return 0;
        }
    }

    @Command(name = "trace", mixinStandardHelpOptions = true,
            description = {"Builds the graph of the seeds (restored and understood as ingest does) and scores its",
                    "document edges and task links against corpus/trace/gold."})
    static final class Trace implements Callable<Integer> {
        @ParentCommand EvalCommand eval;
        @Spec CommandSpec spec;
        @Option(names = "--docs", defaultValue = "corpus/seeds") Path docs;
        @Option(names = "--gold", defaultValue = "corpus/trace/gold") Path gold;
        @Option(names = "--understand-gold", paramLabel = "NAMES", split = ",",
                description = {"Instead: the parent links in corpus/understand/gold of these plans (e.g. 04 for tuning,",
                        "07,08 held out), with the graph built from every plan in corpus/understand/docs."})
        List<String> understandGold;
        @Option(names = "--also", paramLabel = "DIR", split = ",",
                description = {"With --understand-gold: also build the graph from the plans in these folders (e.g.",
                        "corpus/seeds, when a written plan carries out a seed)."})
        List<Path> also = List.of();
        @Option(names = "--verbose", description = "Also list each gold link with what was predicted for it.")
        boolean verbose;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() throws Exception {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            Path dir = understandGold != null ? Path.of("corpus", "understand", "docs") : docs;
            List<Path> files;
            try (var s = Files.list(dir)) {
                files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            if (understandGold != null) {
                List<Path> all = new java.util.ArrayList<>(files);
                for (Path d : also) {
                    try (var s = Files.list(d)) {
                        s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(all::add);
                    }
                }
                files = all;
            }
            var graph = vn.cascade.trace.DocumentGraph.build(vn.cascade.trace.TraceSource.fromTextFiles(files,
                    eval.parent.config().normalizationChain(), eval.parent.config().understanding()));
            var aligner = new vn.cascade.trace.TaskAligner(graph);
            var links = aligner.align(graph);
            java.util.Map<String, Object> goldGraph;
            java.util.Map<String, Object> goldLinks;
            if (understandGold != null) {
                goldGraph = java.util.Map.of("edges", List.of());
                List<Object> ls = new java.util.ArrayList<>();
                try (var s = Files.list(Path.of("corpus", "understand", "gold"))) {
                    for (Path g : s.sorted().toList()) {
                        if (!g.toString().endsWith(".json")
                                || understandGold.stream().noneMatch(n -> g.getFileName().toString().startsWith(n))) {
                            continue;
                        }
                        var doc = mapper.readValue(g.toFile(), java.util.Map.class);
                        String id = (String) ((java.util.Map<String, Object>) doc.get("doc")).get("id");
                        for (var t : (List<java.util.Map<String, Object>>) doc.get("tasks")) {
                            var p = (java.util.Map<String, Object>) t.get("parent");
                            java.util.Map<String, Object> link = new java.util.HashMap<>();
                            // the file names the child: a number-symbol may be two issuers' (39-KH/ĐU of a ward and of a commune)
                            link.put("child", doc.get("file") != null ? doc.get("file") : id);
                            link.put("child_section", t.get("section"));
                            link.put("child_text", String.join(" ", java.util.Arrays.stream(((String) t.get("text")).split("\\s+")).limit(10).toList()));
                            link.put("parent", p == null ? null : p.get("doc"));
                            link.put("parent_section", p == null ? null : p.get("section"));
                            ls.add(link);
                        }
                    }
                }
                goldLinks = java.util.Map.of("links", ls);
            } else {
                goldGraph = mapper.readValue(gold.resolve("graph.json").toFile(), java.util.Map.class);
                goldLinks = mapper.readValue(gold.resolve("task-links.json").toFile(), java.util.Map.class);
            }
            var result = new vn.cascade.trace.TraceEvaluation().evaluate(graph, links, goldGraph, goldLinks,
                    verbose ? aligner : null);
            if (verbose) {
                result.details().forEach(spec.commandLine().getOut()::println);
            }
            spec.commandLine().getOut().println(result.describe());
            return 0;
        }
    }

    @Command(name = "understand", mixinStandardHelpOptions = true,
            description = {"Extracts each document and compares it with its gold JSON: identity fields, citations,",
                    "tasks, units, deadlines. Pairs are given as GOLD.json=DOCUMENT, or --gold-dir with --docs (same names)."})
    static final class Understand implements Callable<Integer> {
        @ParentCommand EvalCommand eval;
        @Spec CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "GOLD=DOC", arity = "0..*") List<String> pairs;
        @Option(names = "--gold-dir") Path goldDir;
        @Option(names = "--docs") Path docs;
        @Option(names = "--only", split = ",", description = "Names (without extension) to evaluate from --gold-dir.") List<String> only;
        @Option(names = "--restore", description = "Restore the documents' text first (for OCR input).") boolean restore;
        @Option(names = "--scan", description = {"Print each document as a scan (PageRenderer, seed --seed), OCR it with",
                "--lang (eng damages Vietnamese the way the seeds were damaged), restore it, then understand it:",
                "the whole pipeline on a damaged copy of a document whose gold is known."}) boolean scan;
        @Option(names = "--save", paramLabel = "DIR",
                description = "Also write each text as understood (after OCR and restoration) to DIR, and with --scan the OCR as read (NAME.ocr.txt), to read the misses.")
        Path save;
        @Option(names = "--seed", defaultValue = "2000") long seed;
        @Option(names = "--lang", defaultValue = "eng") String lang;

        @Override
        public Integer call() throws Exception {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var ev = new vn.cascade.understand.eval.ExtractionEvaluation();
            var understanding = eval.parent.config().understanding();
            var chain = restore || scan ? eval.parent.config().normalizationChain() : null;
            List<Path[]> todo = new java.util.ArrayList<>();
            if (pairs != null) {
                for (String p : pairs) {
                    String[] gd = p.split("=", 2);
                    todo.add(new Path[] {Path.of(gd[0]), Path.of(gd[1])});
                }
            }
            if (goldDir != null) {
                try (var s = Files.list(goldDir)) {
                    for (Path g : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        String stem = g.getFileName().toString().replaceFirst("\\.json$", "");
                        if (only == null || only.contains(stem)) {
                            todo.add(new Path[] {g, docs.resolve(stem + ".txt")});
                        }
                    }
                }
            }
            var out = spec.commandLine().getOut();
            OcrEngine engine = scan ? new OcrEngine(eval.parent.config().ocr().withLanguages(lang), 1) : null;
            try {
                for (Path[] gd : todo) {
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, Object> gold = mapper.readValue(gd[0].toFile(), java.util.Map.class);
                    String text = Files.readString(gd[1], StandardCharsets.UTF_8);
                    if (engine != null) {
                        StringBuilder ocr = new StringBuilder();
                        List<String> lines = text.replace("**", "").lines().toList();
                        for (BufferedImage page : new PageRenderer().render(lines, RenderOptions.defaults().withSeed(seed))) {
                            ocr.append(engine.recognize(page).text()).append('\n');
                        }
                        text = ocr.toString();
                        if (save != null) {
                            Files.createDirectories(save);
                            Files.writeString(save.resolve(gd[1].getFileName().toString().replaceFirst("\\.txt$", "") + ".ocr.txt"),
                                    text, StandardCharsets.UTF_8);
                        }
                    }
                    if (chain != null) {
                        text = chain.normalize(text);
                    }
                    if (save != null) {
                        Files.createDirectories(save);
                        Files.writeString(save.resolve(gd[1].getFileName().toString()), text, StandardCharsets.UTF_8);
                    }
                    ev.add(gold, understanding.understand(gd[1].getFileName().toString(), text));
                    out.println("evaluated " + gd[1] + (engine != null ? " (printed, OCR'd with " + lang + ", restored)" : ""));
                }
            } finally {
                if (engine != null) {
                    engine.close();
                }
            }
            out.print(ev.report());
            out.flush();
            return 0;
        }
    }

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = {"Restores INPUT and compares input and output with the GOLD transcription: syllable accuracy",
                    "of each, the share of wrong syllables corrected and of right ones broken, speed."})
    static final class Normalize implements Callable<Integer> {
        @ParentCommand EvalCommand eval;
        @Spec CommandSpec spec;

        @Option(names = "--gold", required = true) Path gold;
        @Option(names = "--input", description = "Text to restore (default: the gold with its diacritics stripped).") Path input;
        @Option(names = "--model", description = "Model folder (default: cascade.normalize.model).") Path model;
        @Option(names = "--render", paramLabel = "N",
                description = {"Synthetic OCR: render the first N lines of GOLD as scans (seed --seed, a rendering",
                        "never used in training), OCR them with --lang, and restore that."})
        Integer render;
        @Option(names = "--seed", defaultValue = "1000") long seed;
        @Option(names = "--lang", defaultValue = "eng") String lang;
        @Option(names = "--doubtful-margin", paramLabel = "M",
                description = {"Also report how wrong the restorations with a margin below M (the web page's",
                        "doubtful marks use 2.0) are, against those above it."})
        Double doubtfulMargin;

        @Override
        public Integer call() throws Exception {
            Path dir = model != null ? model : eval.parent.config().normalizerModel();
            if (!NormalizerModel.exists(dir)) {
                throw new Cascade.UserException("no trained normalizer in " + dir + "; run 'cascade train normalizer'");
            }
            long t0 = System.nanoTime();
            NormalizerModel m = NormalizerModel.load(dir);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            NormalizationChain chain = NormalizationChain.withRestorer(ToneMarkPlacement.Style.OLD, m.restorer());
            String g = Files.readString(gold, StandardCharsets.UTF_8).replace("**", "");
            String in;
            String what;
            if (render != null) {
                List<String> lines = g.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).limit(render).toList();
                g = String.join("\n", PageRenderer.visibleText(lines));
                StringBuilder ocr = new StringBuilder();
                try (OcrEngine engine = new OcrEngine(eval.parent.config().ocr().withLanguages(lang), 1)) {
                    for (BufferedImage page : new PageRenderer().render(lines, RenderOptions.defaults().withSeed(seed))) {
                        ocr.append(engine.recognize(page).text()).append('\n');
                    }
                }
                in = ocr.toString();
                what = "OCR (" + lang + ") of " + render + " rendered lines";
            } else if (input != null) {
                in = Files.readString(input, StandardCharsets.UTF_8);
                what = input.toString();
            } else {
                in = RestorationEvaluation.strip(g);
                what = "stripped";
            }
            RestorationEvaluation.Result r = RestorationEvaluation.evaluate(g, in, chain);
            spec.commandLine().getOut().printf("%s vs %s: %s; model load %.2f s%n", what,
                    gold, r.describe(), loadSeconds);
            if (doubtfulMargin != null) {
                spec.commandLine().getOut().println(RestorationEvaluation.calibrate(g, chain.normalizeScored(in),
                        doubtfulMargin).describe());
            }
            return 0;
        }
    }
}
