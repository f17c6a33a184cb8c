package vn.cascade.normalize.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import vn.cascade.normalize.CaseModel;
import vn.cascade.normalize.ChannelModel;
import vn.cascade.normalize.NormalizerModel;
import vn.cascade.normalize.SyllableInventory;
import vn.cascade.normalize.Syllables;
import vn.cascade.normalize.TextTokens;
import vn.cascade.normalize.ToneMarkPlacement;
import vn.cascade.normalize.UnicodeCleaner;
import vn.cascade.normalize.lm.KneserNeyTrainer;
import vn.cascade.normalize.lm.SyllableLanguageModel;

/**
 * Trains the OCR restorer's artefacts from data the project keeps or makes:
 * <ul>
 * <li>syllable inventory: {@code data/syllables.txt} (Debian's hunspell-vi) plus the syllables the
 * accented training text shows at least {@code minSeen} times;</li>
 * <li>language model: {@code data/lm/*.txt} (general Vietnamese from Debian packages), {@code
 * data/lm/written/*.txt} (documents of the genre written for the model, README there) and the
 * accented documents found under the in-domain folders (the office's own digital documents: any
 * text file most of whose words carry diacritics), minus excluded files;</li>
 * <li>channel: the aligned pairs of {@code data/ocr-pairs*.tsv} (synthetic scans OCR'd, see
 * {@code cascade train ocr-pairs}).</li>
 * </ul>
 * Writes {@code syllables.txt}, {@code lm.bin.gz}, {@code channel.tsv} and a manifest (inputs with
 * their SHA-256, parameters, counts, date) to the output folder.
 */
public final class NormalizerTrainer {

    /** What to train from. */
    public record Inputs(Path dataDir, List<Path> inDomain, List<String> exclude, Path out, int minSeen,
                         int channelMinCount, int channelMaxEdits, int heldoutEvery, int minedWeight) {

        public Inputs(Path dataDir, List<Path> inDomain, List<String> exclude, Path out, int minSeen,
                      int channelMinCount, int channelMaxEdits, int heldoutEvery) {
            this(dataDir, inDomain, exclude, out, minSeen, channelMinCount, channelMaxEdits, heldoutEvery, 1);
        }
    }

    private final UnicodeCleaner unicode = new UnicodeCleaner();
    private final ToneMarkPlacement tones = new ToneMarkPlacement(ToneMarkPlacement.Style.OLD);

    public Properties train(Inputs in) throws IOException {
        Files.createDirectories(in.out());
        Properties manifest = new Properties();
        manifest.setProperty("date", Instant.now().toString());

        // Language model text.
        List<Path> lmFiles = new ArrayList<>(list(in.dataDir().resolve("lm"), "*.txt", List.of()));
        List<Path> domain = new ArrayList<>();
        for (Path d : in.inDomain()) {
            for (Path f : list(d, "*.{txt,md}", in.exclude())) {
                // Annotation copies (OpenNLP markup) and gold files are not running text.
                if (f.toString().contains("/ner/") || f.toString().contains("/gold/")) {
                    continue;
                }
                if (accentedShare(Files.readString(f, StandardCharsets.UTF_8)) >= 0.5) {
                    domain.add(f);
                }
            }
        }
        KneserNeyTrainer kn = new KneserNeyTrainer();
        CaseModel.Counter cases = new CaseModel.Counter();
        Map<String, Integer> seen = new HashMap<>();
        long tokens = 0;
        int fileNo = 0;
        List<String> heldout = new ArrayList<>();
        for (Path f : concat(lmFiles, domain)) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (lmFiles.contains(f) && f.getParent().equals(in.dataDir().resolve("lm")) && in.heldoutEvery() > 0) {
                // Every n-th line of the general text is kept out for evaluation (c); the genre's text
                // written for the model (data/lm/written) is all learnt from.
                StringBuilder kept = new StringBuilder();
                int lineNo = 0;
                for (String line : text.split("\n")) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (lineNo++ % in.heldoutEvery() == 0) {
                        heldout.add(line);
                    } else {
                        kept.append(line).append('\n');
                    }
                }
                text = kept.toString();
            }
            text = prepare(text);
            cases.add(text);
            for (List<String> sentence : TextTokens.sentences(text)) {
                kn.add(sentence);
                tokens += sentence.size();
                for (String t : sentence) {
                    if (!t.startsWith("<")) {
                        seen.merge(t, 1, Integer::sum);
                    }
                }
            }
            manifest.setProperty("lm.input." + (fileNo++), f + " sha256=" + sha256(f));
        }
        Files.createDirectories(in.out().resolve("eval"));
        Files.write(in.out().resolve("eval").resolve("heldout-general.txt"), heldout, StandardCharsets.UTF_8);
        manifest.setProperty("lm.heldout-every", Integer.toString(in.heldoutEvery()));
        manifest.setProperty("lm.heldout-lines", Integer.toString(heldout.size()));
        SyllableLanguageModel lm = kn.build();
        lm.save(in.out().resolve(NormalizerModel.LM));
        cases.build().save(in.out().resolve(NormalizerModel.CASES));
        manifest.setProperty("lm.tokens", Long.toString(tokens));
        manifest.setProperty("lm.vocabulary", Integer.toString(lm.vocabularySize()));
        manifest.setProperty("lm.order", "3");
        manifest.setProperty("lm.smoothing", "interpolated Kneser-Ney, one discount per order");

        // Inventory.
        Path inventoryFile = in.dataDir().resolve("syllables.txt");
        Set<String> inventory = new TreeSet<>(SyllableInventory.read(inventoryFile));
        int base = inventory.size();
        for (var e : seen.entrySet()) {
            String w = e.getKey();
            if (e.getValue() >= in.minSeen() && w.length() <= 7 && w.chars().allMatch(c -> Syllables.isVietnameseLetter((char) c))) {
                inventory.add(w);
            }
        }
        Files.write(in.out().resolve(NormalizerModel.SYLLABLES),
                concat(List.of("# Vietnamese syllables: " + inventoryFile + " (" + base + ") plus those seen at least "
                        + in.minSeen() + " times in the language model text; written by cascade train normalizer"),
                        List.copyOf(inventory)), StandardCharsets.UTF_8);
        manifest.setProperty("inventory.input", inventoryFile + " sha256=" + sha256(inventoryFile));
        manifest.setProperty("inventory.size", Integer.toString(inventory.size()));

        // Channel. OCR that knew no Vietnamese damages it in one of two ways: an English reader drops
        // the accents ("s6", "ctia"), a Western-European one prints its own accented letters ("cüa",
        // "nãm"). Each kind's rules are learned from its own pairs (ocr-pairs-latin*.tsv: the second) and
        // the channel keeps each rule's likelier estimate, so neither kind's letters dilute the other's.
        List<String[]> pairs = new ArrayList<>();
        List<String[]> latinPairs = new ArrayList<>();
        int pairFile = 0;
        for (Path f : list(in.dataDir(), "ocr-pairs*.tsv", in.exclude())) {
            // Pairs mined from real scans (train mined-pairs) count more than synthetic ones: they carry
            // the damage real scanners do, which the renders under-produce.
            int weight = f.getFileName().toString().startsWith("ocr-pairs-mined") ? Math.max(1, in.minedWeight()) : 1;
            List<String[]> into = f.getFileName().toString().startsWith("ocr-pairs-latin") ? latinPairs : pairs;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t");
                if (p.length >= 3 && p[2].equals("MATCH_OR_SUB")) {
                    String intended = TokenAligner.splitPunctuation(p[0]).core();
                    String observed = TokenAligner.splitPunctuation(p[1]).core();
                    if (!intended.isBlank() && !observed.isBlank()) {
                        for (int k = 0; k < weight; k++) {
                            into.add(new String[] {tones.normalize(Syllables.lower(intended)), Syllables.lower(observed)});
                        }
                    }
                }
            }
            manifest.setProperty("channel.input." + (pairFile++), f + " sha256=" + sha256(f));
        }
        ChannelModel channel = ChannelModel.learn(pairs, in.channelMinCount(), in.channelMaxEdits());
        if (!latinPairs.isEmpty()) {
            channel = channel.union(ChannelModel.learn(latinPairs, in.channelMinCount(), in.channelMaxEdits()));
        }
        channel.save(in.out().resolve(NormalizerModel.CHANNEL));
        manifest.setProperty("channel.pairs", Integer.toString(pairs.size() + latinPairs.size()));
        manifest.setProperty("channel.pairs.latin", Integer.toString(latinPairs.size()));
        manifest.setProperty("channel.minedWeight", Integer.toString(in.minedWeight()));
        manifest.setProperty("channel.rules", Integer.toString(channel.rules().size()));
        manifest.setProperty("channel.min-count", Integer.toString(in.channelMinCount()));
        manifest.setProperty("channel.max-edits", Integer.toString(in.channelMaxEdits()));
        manifest.setProperty("excluded", String.join(",", in.exclude()));
        try (var w = Files.newBufferedWriter(in.out().resolve(NormalizerModel.MANIFEST), StandardCharsets.UTF_8)) {
            manifest.store(w, "cascade train normalizer");
        }
        return manifest;
    }

    private String prepare(String text) {
        return tones.normalize(unicode.normalize(text.replace("**", " ")));
    }

    /** Share of word tokens (2+ letters) that carry a Vietnamese diacritic. */
    public static double accentedShare(String text) {
        int words = 0;
        int accented = 0;
        for (TextTokens.Token t : TextTokens.tokenize(text)) {
            if (t.kind() == TextTokens.Kind.WORD && t.core().length() >= 2) {
                words++;
                if (Syllables.hasDiacritic(t.core())) {
                    accented++;
                }
            }
        }
        return words == 0 ? 0 : accented / (double) words;
    }

    private static List<Path> list(Path dir, String glob, List<String> exclude) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<PathMatcher> ex = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> m.matches(p.getFileName()))
                    .filter(p -> ex.stream().noneMatch(e -> e.matches(p.getFileName()) || e.matches(p)))
                    .sorted().toList();
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static String sha256(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
