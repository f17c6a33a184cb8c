package vn.cascade.understand.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerEvaluator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains and measures an OpenNLP tokenizer and sentence detector for the genre from the annotated
 * sentences of {@code corpus/understand/ner}: each annotated line is one sentence, its tokens as
 * the annotation guide cuts them (number-symbols such as {@code 52-KH/TU}, dates, dotted section
 * numbers and slash words are single tokens; punctuation stands alone). Where a token touched the
 * next one without a space is read back from the document itself ({@code docs/}, same name),
 * by finding the sentence's tokens in order in its text. Not thread-safe.
 */
public final class SegmentationTraining {

    private SegmentationTraining() {
    }

    /**
     * One document's sentences as they stand in its text, each with its tokens' spans (relative to
     * it) and the paragraph (line of the document) it stands in.
     */
    public record Document(String name, List<String> sentences, List<Span[]> tokens, List<Integer> paragraphs,
                           List<Integer> offsets) {

        /**
         * One sample per paragraph, with its sentences: plans are written line by line (headings,
         * numbered items, bullets), so a sentence boundary is only ever in question inside a line.
         */
        public List<SentenceSample> sentenceSamples() {
            List<SentenceSample> out = new ArrayList<>();
            int i = 0;
            while (i < sentences.size()) {
                int j = i;
                while (j + 1 < sentences.size() && paragraphs.get(j + 1).equals(paragraphs.get(i))) {
                    j++;
                }
                int base = offsets.get(i);
                StringBuilder text = new StringBuilder();
                List<Span> spans = new ArrayList<>();
                for (int k = i; k <= j; k++) {
                    int start = offsets.get(k) - base;
                    while (text.length() < start) {
                        text.append(' ');
                    }
                    spans.add(new Span(start, start + sentences.get(k).length()));
                    text.append(sentences.get(k));
                }
                out.add(new SentenceSample(text.toString(), spans.toArray(Span[]::new)));
                i = j + 1;
            }
            return out;
        }

        public List<TokenSample> tokenSamples() {
            List<TokenSample> out = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                out.add(new TokenSample(sentences.get(i), tokens.get(i)));
            }
            return out;
        }
    }

    private static final Pattern MARKUP = Pattern.compile("<START:[^>]+>\\s*|\\s*<END>");

    /**
     * Reads each annotation file with its document; sentences whose tokens cannot all be found in
     * order in the document (a subject joined from several lines, a header rebuilt) are left out.
     */
    public static List<Document> read(List<Path> nerFiles, Path docsDir) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path f : nerFiles) {
            Path doc = docsDir.resolve(f.getFileName());
            if (!Files.isRegularFile(doc)) {
                continue;
            }
            String text = Files.readString(doc, StandardCharsets.UTF_8).replace("**", "").replace("\r", "");
            int cursor = 0;
            List<String> sentences = new ArrayList<>();
            List<Span[]> tokens = new ArrayList<>();
            List<Integer> paragraphs = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] toks = MARKUP.matcher(line).replaceAll(" ").strip().split("\\s+");
                if (toks.length == 0 || toks[0].isEmpty()) {
                    continue;
                }
                int[] at = new int[toks.length];
                int c = cursor;
                boolean found = true;
                for (int i = 0; i < toks.length; i++) {
                    int p = text.indexOf(toks[i], c);
                    // Tokens of one sentence follow each other closely; a far match is a misalignment.
                    if (p < 0 || (i > 0 && p - c > 3) || (i == 0 && p - c > 400)) {
                        found = false;
                        break;
                    }
                    at[i] = p;
                    c = p + toks[i].length();
                }
                if (!found) {
                    continue;
                }
                cursor = c;
                int start = at[0];
                String sentence = text.substring(start, c).replaceAll("\\s", " ");
                Span[] spans = new Span[toks.length];
                for (int i = 0; i < toks.length; i++) {
                    spans[i] = new Span(at[i] - start, at[i] - start + toks[i].length());
                }
                sentences.add(sentence);
                tokens.add(spans);
                paragraphs.add(lineOf(text, start));
                offsets.add(start);
            }
            out.add(new Document(f.getFileName().toString(), sentences, tokens, paragraphs, offsets));
        }
        return out;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    public static TokenizerModel trainTokenizer(List<Document> docs) throws IOException {
        List<TokenSample> samples = docs.stream().flatMap(d -> d.tokenSamples().stream()).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        return TokenizerME.train(ObjectStreamUtils.createObjectStream(samples),
                new TokenizerFactory("vi", null, true, null), params);
    }

    public static SentenceModel trainSentenceDetector(List<Document> docs) throws IOException {
        List<SentenceSample> samples = docs.stream().flatMap(d -> d.sentenceSamples().stream()).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        return SentenceDetectorME.train("vi", ObjectStreamUtils.createObjectStream(samples),
                new SentenceDetectorFactory("vi", true, null, new char[] {'.', '!', '?', ';', ':'}), params);
    }

    /** Token-span F-measure of the model on the documents' sentences. */
    public static FMeasure evaluate(TokenizerModel model, List<Document> docs) throws IOException {
        TokenizerEvaluator e = new TokenizerEvaluator(new TokenizerME(model));
        e.evaluate(ObjectStreamUtils.createObjectStream(docs.stream().flatMap(d -> d.tokenSamples().stream()).toList()));
        return e.getFMeasure();
    }

    /** Sentence-span F-measure of the model on the documents. */
    public static FMeasure evaluate(SentenceModel model, List<Document> docs) throws IOException {
        SentenceDetectorEvaluator e = new SentenceDetectorEvaluator(new SentenceDetectorME(model));
        e.evaluate(ObjectStreamUtils.createObjectStream(docs.stream().flatMap(d -> d.sentenceSamples().stream()).toList()));
        return e.getFMeasure();
    }

    /** The baseline the tokenizer replaces: a regular expression for words, symbols and single characters. */
    static final Pattern RULE_TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-/.][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    public static FMeasure evaluateRuleTokens(List<Document> docs) {
        FMeasure f = new FMeasure();
        for (Document d : docs) {
            for (TokenSample s : d.tokenSamples()) {
                List<Span> predicted = new ArrayList<>();
                Matcher m = RULE_TOKEN.matcher(s.getText());
                while (m.find()) {
                    predicted.add(new Span(m.start(), m.end()));
                }
                f.updateScores(s.getTokenSpans(), predicted.toArray());
            }
        }
        return f;
    }

    /** The baseline the sentence detector replaces: a cut after . ! ? followed by a space and a capital. */
    public static FMeasure evaluateRuleSentences(List<Document> docs) {
        Pattern end = Pattern.compile("[.!?](?=\\s+\\p{Lu})");
        FMeasure f = new FMeasure();
        for (Document d : docs) {
            for (SentenceSample s : d.sentenceSamples()) {
                String text = s.getDocument();
                List<Span> predicted = new ArrayList<>();
                int start = 0;
                Matcher m = end.matcher(text);
                while (m.find()) {
                    predicted.add(new Span(start, m.end()));
                    start = m.end() + 1;
                }
                if (start < text.length()) {
                    predicted.add(new Span(start, text.length()));
                }
                f.updateScores(s.getSentences(), predicted.toArray());
            }
        }
        return f;
    }

    /** An F-measure on one line: "P 0.688 R 0.809 F1 0.744". */
    public static String describe(FMeasure f) {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f", f.getPrecisionScore(), f.getRecallScore(),
                f.getFMeasure());
    }

    public static void save(opennlp.tools.util.model.BaseModel model, Path file, Properties manifest) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            model.serialize(os);
        }
        try (var w = Files.newBufferedWriter(file.resolveSibling(file.getFileName() + ".properties"), StandardCharsets.UTF_8)) {
            manifest.store(w, "cascade train understand");
        }
    }
}
