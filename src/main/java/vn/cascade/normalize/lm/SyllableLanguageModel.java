package vn.cascade.normalize.lm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trigram language model over Vietnamese syllables with interpolated Kneser-Ney smoothing
 * (Chen &amp; Goodman 1998), stored in back-off form: for every seen n-gram its interpolated
 * log-probability, for every seen context its interpolation weight. A query is at most six hash
 * look-ups. Tokens are lower-case NFC syllables; numbers are one class ({@link #NUM}) and other
 * tokens another ({@link #SYM}). Immutable once built; thread-safe.
 */
public final class SyllableLanguageModel {

    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    public static final String UNK = "<unk>";
    public static final String NUM = "<num>";
    public static final String SYM = "<sym>";
    static final int BITS = 21;
    private static final int MAGIC = 0x4B4E3331; // "KN31"

    private final Map<String, Integer> ids;
    private final List<String> words;
    private final float[] unigram;
    private final LongFloatMap bigram;
    private final LongFloatMap bigramContext;
    private final LongFloatMap trigram;
    private final LongFloatMap trigramContext;
    private final float unknown;

    SyllableLanguageModel(List<String> words, float[] unigram, LongFloatMap bigram, LongFloatMap bigramContext,
                          LongFloatMap trigram, LongFloatMap trigramContext, float unknown) {
        this.words = List.copyOf(words);
        this.ids = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
        this.unigram = unigram;
        this.bigram = bigram;
        this.bigramContext = bigramContext;
        this.trigram = trigram;
        this.trigramContext = trigramContext;
        this.unknown = unknown;
    }

    /** The id of a token (lower-case syllable or class), or the id of {@link #UNK}. */
    public int id(String token) {
        Integer i = ids.get(token);
        return i == null ? ids.get(UNK) : i;
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    public int vocabularySize() {
        return words.size();
    }

    public int bos() {
        return ids.get(BOS);
    }

    public int eos() {
        return ids.get(EOS);
    }

    /** Natural log of the unigram (continuation) probability of w. */
    public float unigramLogProb(int w) {
        return w < unigram.length ? unigram[w] : unknown;
    }

    /** Natural log of P(w | u v). */
    public float logProb(int u, int v, int w) {
        float t = trigram.get(key(u, v, w), Float.NaN);
        if (!Float.isNaN(t)) {
            return t;
        }
        float back = trigramContext.get(key(u, v), 0f);
        float b = bigram.get(key(v, w), Float.NaN);
        if (!Float.isNaN(b)) {
            return back + b;
        }
        return back + bigramContext.get(v, 0f) + (w < unigram.length ? unigram[w] : unknown);
    }

    /** The interpolation weight of context (u, v) in log: what an unseen trigram after it pays. */
    public float trigramBackoff(int u, int v) {
        return trigramContext.get(key(u, v), 0f);
    }

    /** The interpolation weight of context v in log. */
    public float bigramBackoff(int v) {
        return bigramContext.get(v, 0f);
    }

    /**
     * {@link #logProb(int, int, int)} with the context's weights already looked up (a decoder
     * scores many words after the same context).
     */
    public float logProb(int u, int v, int w, float trigramBackoff, float bigramBackoff) {
        float t = trigram.get(key(u, v, w), Float.NaN);
        if (!Float.isNaN(t)) {
            return t;
        }
        float b = bigram.get(key(v, w), Float.NaN);
        if (!Float.isNaN(b)) {
            return trigramBackoff + b;
        }
        return trigramBackoff + bigramBackoff + (w < unigram.length ? unigram[w] : unknown);
    }

    static long key(long u, long v) {
        return (u << BITS) | v;
    }

    static long key(long u, long v, long w) {
        return (u << (2 * BITS)) | (v << BITS) | w;
    }

    /** Per-token perplexity over sentences (token lists), for evaluation. */
    public double perplexity(List<List<String>> sentences) {
        double sum = 0;
        long n = 0;
        for (List<String> s : sentences) {
            int u = bos();
            int v = bos();
            for (String t : s) {
                int w = id(t);
                sum += logProb(u, v, w);
                n++;
                u = v;
                v = w;
            }
            sum += logProb(u, v, eos());
            n++;
        }
        return Math.exp(-sum / Math.max(1, n));
    }

    public void save(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(words.size());
            for (String w : words) {
                out.writeUTF(w);
            }
            for (float f : unigram) {
                out.writeFloat(f);
            }
            out.writeFloat(unknown);
            for (LongFloatMap m : List.of(bigram, bigramContext, trigram, trigramContext)) {
                out.writeInt(m.size());
                IOException[] failure = new IOException[1];
                m.forEach((k, val) -> {
                    try {
                        out.writeLong(k);
                        out.writeFloat(val);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the language model " + file, e);
        }
    }

    public static SyllableLanguageModel load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Cascade language model");
            }
            int n = in.readInt();
            List<String> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(in.readUTF());
            }
            float[] uni = new float[n];
            for (int i = 0; i < n; i++) {
                uni[i] = in.readFloat();
            }
            float unknown = in.readFloat();
            LongFloatMap[] maps = new LongFloatMap[4];
            for (int m = 0; m < 4; m++) {
                int size = in.readInt();
                maps[m] = new LongFloatMap(size);
                for (int i = 0; i < size; i++) {
                    maps[m].put(in.readLong(), in.readFloat());
                }
            }
            return new SyllableLanguageModel(words, uni, maps[0], maps[1], maps[2], maps[3], unknown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + file, e);
        }
    }
}
