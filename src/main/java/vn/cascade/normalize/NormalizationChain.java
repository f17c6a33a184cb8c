package vn.cascade.normalize;

import java.util.List;

/**
 * The restoration stages in the order they run, declared in one place. Each stage sees the
 * output of the one before; the chain inherits their contract (never throws, idempotent,
 * line count kept). Thread-safe when its stages are.
 */
public final class NormalizationChain implements TextNormalizer {

    private final List<TextNormalizer> stages;

    public NormalizationChain(List<TextNormalizer> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * The default chain: legacy 8-bit encodings (TCVN3, VNI) converted first, because their byte
     * values include characters the Unicode clean-up would drop (TCVN3 writes ư as a soft hyphen);
     * then Unicode clean-up (NFC, look-alike spaces and punctuation); then one tone-mark convention.
     */
    public static NormalizationChain standard(ToneMarkPlacement.Style toneStyle) {
        return new NormalizationChain(List.of(
                new LegacyEncodingConverter(),
                new UnicodeCleaner(),
                new NumberSymbolCodes(),
                new ToneMarkPlacement(toneStyle)));
    }

    /**
     * The standard chain with OCR restoration: after Unicode clean-up, tone marks are put in the
     * OLD convention the model was trained in, the restorer runs, a province's name gets its
     * accents back from the gazetteer, and the configured convention is applied last.
     */
    public static NormalizationChain withRestorer(ToneMarkPlacement.Style toneStyle, OcrRestorer restorer) {
        return new NormalizationChain(List.of(
                new LegacyEncodingConverter(),
                new UnicodeCleaner(),
                new ToneMarkPlacement(ToneMarkPlacement.Style.OLD),
                restorer,
                PlaceNames.standard(),
                new Mottos(),
                new NumberSymbolCodes(),
                new ToneMarkPlacement(toneStyle)));
    }

    @Override
    public String normalize(String text) {
        String s = text;
        boolean damaged = true; // whether OCR took the text's accents: then local places' names are restored too
        for (TextNormalizer stage : stages) {
            if (stage instanceof OcrRestorer) {
                damaged = !OcrRestorer.wellAccented(s);
            }
            s = stage instanceof PlaceNames places ? places.normalize(s, damaged) : stage.normalize(s);
        }
        return s;
    }

    /**
     * Normalizes {@code text} and reports the words the OCR restorer changed, with their margins
     * ({@link OcrRestorer#restoreScored}); offsets are in the returned text, which equals
     * {@link #normalize}'s. The stages after the restorer keep every word's length (a code letter
     * D → Đ, a tone mark moved within its syllable), so the offsets stay valid. No restorer: no changes.
     */
    public OcrRestorer.Scored normalizeScored(String text) {
        String s = text;
        List<OcrRestorer.Change> changes = List.of();
        boolean damaged = true;
        for (TextNormalizer stage : stages) {
            if (stage instanceof OcrRestorer r) {
                damaged = !OcrRestorer.wellAccented(s);
                OcrRestorer.Scored scored = r.restoreScored(s);
                s = scored.text();
                changes = scored.changes();
            } else {
                String next = stage instanceof PlaceNames places ? places.normalize(s, damaged) : stage.normalize(s);
                if (next.length() != s.length()) {
                    changes = List.of(); // a later stage moved the offsets; better no marks than wrong ones
                } else if (!next.equals(s)) {
                    // a later stage rewrote words in place (a motto, a place name): the marks read the new text
                    String now = next;
                    changes = changes.stream().map(c -> new OcrRestorer.Change(c.start(), c.end(), c.observed(),
                            now.substring(c.start(), c.end()), c.margin())).toList();
                }
                s = next;
            }
        }
        return new OcrRestorer.Scored(s, changes);
    }

    public List<TextNormalizer> stages() {
        return stages;
    }
}
