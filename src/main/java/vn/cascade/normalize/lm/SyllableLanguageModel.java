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
    // The same probabilities laid out for the decoder: each context's followers sorted in one
    // contiguous block, so that scoring many words after one context touches one block instead of
    // a random slot of a large hash table per word (the hash look-ups missed the CPU caches and were
    // most of the restorer's time).
    private final Followers bigramFollowers;
    private final LongIntMap contextIndex;
    private final float[] contextBackoff;
    private final Followers trigramFollowers;
    private final float[] bigramBackoffs;

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
        int n = words.size();
        this.bigramFollowers = Followers.of(bigram, n, v -> (int) v);
        this.bigramBackoffs = new float[n];
        for (int v = 0; v < n; v++) {
            bigramBackoffs[v] = bigramContext.get(v, 0f);
        }
        long[] ctxKeys = keys(trigramContext);
        java.util.Arrays.sort(ctxKeys);
        this.contextIndex = new LongIntMap(ctxKeys.length);
        this.contextBackoff = new float[ctxKeys.length];
        for (int c = 0; c < ctxKeys.length; c++) {
            contextIndex.put(ctxKeys[c], c);
            contextBackoff[c] = trigramContext.get(ctxKeys[c], 0f);
        }
        this.trigramFollowers = Followers.of(trigram, ctxKeys.length, uv -> {
            int c = contextIndex.get(uv);
            if (c < 0) {
                throw new IllegalStateException("a trigram without its context's weight");
            }
            return c;
        });
    }

    private static final long MASK = (1L << BITS) - 1;

    private static long[] keys(LongFloatMap map) {
        long[] out = new long[map.size()];
        int[] n = {0};
        map.forEach((k, v) -> out[n[0]++] = k);
        return out;
    }

    /**
     * For each context, the words seen after it (sorted) and their log-probabilities, each pair in
     * one long (word in the high half, the float's bits in the low) so that the search and the value
     * read the same cache line.
     */
    private record Followers(int[] start, long[] entries) {
        /**
         * The n-grams of {@code probs} (keys: context, then the word in the low {@link #BITS} bits)
         * grouped by context, {@code contextOf} giving a context key's index below {@code contexts}.
         * Keys sort by context key, then word; the contexts' indexes follow the same order.
         */
        static Followers of(LongFloatMap probs, int contexts, java.util.function.LongToIntFunction contextOf) {
            long[] keys = keys(probs);
            java.util.Arrays.sort(keys);
            int[] start = new int[contexts + 1];
            long[] e = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                start[contextOf.applyAsInt(keys[i] >>> BITS) + 1]++;
                e[i] = ((keys[i] & MASK) << 32) | (Float.floatToRawIntBits(probs.get(keys[i], 0f)) & 0xffffffffL);
            }
            for (int c = 0; c < contexts; c++) {
                start[c + 1] += start[c];
            }
            return new Followers(start, e);
        }

        float get(int context, int w, float missing) {
            int lo = start[context];
            int hi = start[context + 1] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long e = entries[mid];
                int x = (int) (e >>> 32);
                if (x < w) {
                    lo = mid + 1;
                } else if (x > w) {
                    hi = mid - 1;
                } else {
                    return Float.intBitsToFloat((int) e);
                }
            }
            return missing;
        }
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
        int c = context(u, v);
        return logProb(c, v, w, trigramBackoff(c), bigramBackoff(v));
    }

    /** {@link #logProb(int, int, int)} read from the stored back-off form (hash tables); for tests of the decoder's layout. */
    float logProbFromStoredForm(int u, int v, int w) {
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

    /** The index of the trigram context (u, v), or -1 when the model never saw it. */
    public int context(int u, int v) {
        return contextIndex.get(key(u, v));
    }

    /** The interpolation weight, in log, of a context from {@link #context}: what an unseen trigram after it pays. */
    public float trigramBackoff(int context) {
        return context < 0 ? 0f : contextBackoff[context];
    }

    /** The interpolation weight of context v in log. */
    public float bigramBackoff(int v) {
        return v >= 0 && v < bigramBackoffs.length ? bigramBackoffs[v] : 0f;
    }

    /**
     * {@link #logProb(int, int, int)} with the context (u, v) and its weights already looked up (a
     * decoder scores many words after the same context).
     */
    public float logProb(int context, int v, int w, float trigramBackoff, float bigramBackoff) {
        if (context >= 0) {
            float t = trigramFollowers.get(context, w, Float.NaN);
            if (!Float.isNaN(t)) {
                return t;
            }
        }
        float b = v < bigramFollowers.start().length - 1 ? bigramFollowers.get(v, w, Float.NaN) : Float.NaN;
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
