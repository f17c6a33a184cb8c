package vn.cascade.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps positions in restored text back to the raw text it came from, so a search hit or a piece
 * of evidence can point at what the scan said. Restoration keeps lines (line N of the output is
 * line N of the input) and rewrites words in place, so the map aligns the two texts line by line
 * and, within a line, word by word in order; where restoration split a word in two, both halves
 * map to the whole raw word. Immutable; thread-safe.
 */
public final class OffsetMap {

    /** A word of the restored text and the raw word it came from (offsets into each whole text). */
    public record Pair(int restoredStart, int restoredEnd, int rawStart, int rawEnd) {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private final String raw;
    private final String restored;
    private final List<Pair> pairs = new ArrayList<>();

    public OffsetMap(String raw, String restored) {
        this.raw = raw;
        this.restored = restored;
        String[] rawLines = raw.split("\n", -1);
        String[] outLines = restored.split("\n", -1);
        int rawOffset = 0;
        int outOffset = 0;
        for (int i = 0; i < Math.min(rawLines.length, outLines.length); i++) {
            align(rawLines[i], rawOffset, outLines[i], outOffset);
            rawOffset += rawLines[i].length() + 1;
            outOffset += outLines[i].length() + 1;
        }
    }

    private void align(String rawLine, int rawBase, String outLine, int outBase) {
        List<int[]> r = words(rawLine);
        List<int[]> o = words(outLine);
        if (r.isEmpty()) {
            return;
        }
        // Same count: one to one. More restored words (splits): spread them over the raw words in order.
        for (int k = 0; k < o.size(); k++) {
            int j = r.size() == o.size() ? k : (int) Math.min(r.size() - 1, (long) k * r.size() / o.size());
            pairs.add(new Pair(outBase + o.get(k)[0], outBase + o.get(k)[1], rawBase + r.get(j)[0], rawBase + r.get(j)[1]));
        }
    }

    private static List<int[]> words(String line) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The raw span behind a restored span: from the raw word under its start to that under its end. */
    public int[] toRaw(int restoredStart, int restoredEnd) {
        Pair first = null;
        Pair last = null;
        for (Pair p : pairs) {
            if (p.restoredEnd() > restoredStart && p.restoredStart() < restoredEnd) {
                if (first == null) {
                    first = p;
                }
                last = p;
            }
        }
        if (first == null) {
            return new int[] {-1, -1};
        }
        return new int[] {first.rawStart(), last.rawEnd()};
    }

    /** The raw text behind a restored span, or "" if none. */
    public String rawText(int restoredStart, int restoredEnd) {
        int[] span = toRaw(restoredStart, restoredEnd);
        return span[0] < 0 ? "" : raw.substring(span[0], span[1]);
    }

    /** Every word restoration changed: restored word, raw word. */
    public List<String[]> changes() {
        List<String[]> out = new ArrayList<>();
        for (Pair p : pairs) {
            String a = restored.substring(p.restoredStart(), p.restoredEnd());
            String b = raw.substring(p.rawStart(), p.rawEnd());
            if (!a.equals(b)) {
                out.add(new String[] {a, b});
            }
        }
        return out;
    }
}
