package vn.cascade.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The valid Vietnamese syllables (lower case, NFC, one tone convention), indexed by skeleton so
 * that every accented form of an observed skeleton can be listed at once ("dang" → dang, đang,
 * đáng, đảng, dạng …). Immutable; thread-safe.
 */
public final class SyllableInventory {

    private final Set<String> syllables;
    private final Map<String, List<String>> bySkeleton;

    public SyllableInventory(Collection<String> syllables) {
        this.syllables = Set.copyOf(syllables);
        Map<String, List<String>> index = new HashMap<>();
        for (String s : this.syllables) {
            index.computeIfAbsent(Syllables.fold(s), k -> new ArrayList<>()).add(s);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySkeleton = index;
    }

    /** Reads one syllable per line; lines starting with '#' are comments. */
    public static Set<String> read(Path file) {
        try {
            Set<String> out = new HashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(Syllables.lower(s));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the syllable inventory " + file, e);
        }
    }

    public boolean contains(String lowerSyllable) {
        return syllables.contains(lowerSyllable);
    }

    /** Every syllable with this skeleton, or an empty list. */
    public List<String> withSkeleton(String skeleton) {
        return bySkeleton.getOrDefault(skeleton, List.of());
    }

    public boolean hasSkeleton(String skeleton) {
        return bySkeleton.containsKey(skeleton);
    }

    public int size() {
        return syllables.size();
    }
}
