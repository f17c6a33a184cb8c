package vn.cascade.understand.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import vn.cascade.understand.UnitRecognizer;

/**
 * Trains and measures an OpenNLP name finder for units and cited documents on the annotated
 * sentences of {@code corpus/understand/ner} (OpenNLP's {@code <START:type> … <END>} format), and
 * measures the rule-based {@link UnitRecognizer} on the same held-out sentences, so the two can be
 * compared on equal terms. Not thread-safe.
 */
public final class NameFinderTraining {

    /** Precision/recall/F1 counts of one entity type. */
    public static final class Counts {
        int tp, fp, fn;

        public double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public static List<NameSample> read(List<Path> files) throws IOException {
        List<NameSample> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(NameSample.parse(line, false));
                }
            }
        }
        return out;
    }

    public static TokenNameFinderModel train(List<NameSample> samples, int iterations, int cutoff) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples);
        return NameFinderME.train("vi", null, stream, params, new TokenNameFinderFactory());
    }

    public static void save(TokenNameFinderModel model, Path file, Properties manifest) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            model.serialize(os);
        }
        try (var w = Files.newBufferedWriter(file.resolveSibling(file.getFileName() + ".properties"), StandardCharsets.UTF_8)) {
            manifest.store(w, "cascade train understand");
        }
    }

    /** Per type counts of the model's spans against the samples' gold spans. */
    public static Map<String, Counts> evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, Counts> out = new HashMap<>();
        for (NameSample s : samples) {
            count(out, s.getNames(), finder.find(s.getSentence()));
            finder.clearAdaptiveData();
        }
        return out;
    }

    /** Per type counts of the rule-based recognizer (type "unit" only) on the same samples. */
    public static Map<String, Counts> evaluateRules(List<NameSample> samples) {
        UnitRecognizer rules = new UnitRecognizer();
        Map<String, Counts> out = new HashMap<>();
        for (NameSample s : samples) {
            String[] tokens = s.getSentence();
            StringBuilder text = new StringBuilder();
            int[] starts = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(tokens[i]);
            }
            List<Span> predicted = new ArrayList<>();
            for (UnitRecognizer.Mention m : rules.find(text.toString())) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.length; i++) {
                    int end = starts[i] + tokens[i].length();
                    if (starts[i] >= m.start() && end <= m.end()) {
                        if (first < 0) {
                            first = i;
                        }
                        last = i;
                    }
                }
                if (first >= 0) {
                    predicted.add(new Span(first, last + 1, "unit"));
                }
            }
            List<Span> gold = new ArrayList<>();
            for (Span g : s.getNames()) {
                if ("unit".equals(g.getType())) {
                    gold.add(g);
                }
            }
            count(out, gold.toArray(new Span[0]), predicted.toArray(new Span[0]));
        }
        return out;
    }

    private static void count(Map<String, Counts> out, Span[] gold, Span[] predicted) {
        List<Span> g = new ArrayList<>(List.of(gold));
        for (Span p : predicted) {
            Counts c = out.computeIfAbsent(p.getType(), k -> new Counts());
            if (g.remove(p)) {
                c.tp++;
            } else {
                c.fp++;
            }
        }
        for (Span left : g) {
            out.computeIfAbsent(left.getType(), k -> new Counts()).fn++;
        }
    }
}
