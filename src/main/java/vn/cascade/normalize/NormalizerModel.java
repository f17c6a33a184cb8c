package vn.cascade.normalize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import vn.cascade.normalize.lm.SyllableLanguageModel;

/**
 * The trained artefacts of the OCR restorer, as {@code cascade train normalizer} writes them to a
 * folder: {@code syllables.txt} (inventory), {@code lm.bin.gz} (syllable trigram model),
 * {@code channel.tsv} (OCR channel rules), {@code case.tsv} (how often each syllable is capitalised
 * inside a line; optional), {@code MANIFEST.properties} (provenance).
 */
public record NormalizerModel(SyllableInventory inventory, SyllableLanguageModel lm, ChannelModel channel, CaseModel cases) {

    public NormalizerModel(SyllableInventory inventory, SyllableLanguageModel lm, ChannelModel channel) {
        this(inventory, lm, channel, CaseModel.NONE);
    }

    public static final String SYLLABLES = "syllables.txt";
    public static final String LM = "lm.bin.gz";
    public static final String CHANNEL = "channel.tsv";
    public static final String CASES = "case.tsv";
    public static final String MANIFEST = "MANIFEST.properties";

    public static boolean exists(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(SYLLABLES)) && Files.isRegularFile(dir.resolve(LM))
                && Files.isRegularFile(dir.resolve(CHANNEL));
    }

    public static NormalizerModel load(Path dir) {
        return new NormalizerModel(new SyllableInventory(SyllableInventory.read(dir.resolve(SYLLABLES))),
                SyllableLanguageModel.load(dir.resolve(LM)), ChannelModel.load(dir.resolve(CHANNEL)),
                CaseModel.load(dir.resolve(CASES)));
    }

    /** The model in {@code dir} if it has been trained, else empty. */
    public static Optional<NormalizerModel> loadIfPresent(Path dir) {
        return exists(dir) ? Optional.of(load(dir)) : Optional.empty();
    }

    public OcrRestorer restorer() {
        return new OcrRestorer(inventory, lm, channel, cases, OcrRestorer.Params.defaults());
    }
}
