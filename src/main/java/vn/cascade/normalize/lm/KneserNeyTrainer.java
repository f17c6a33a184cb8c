package vn.cascade.normalize.lm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link SyllableLanguageModel} from token sequences with interpolated Kneser-Ney
 * smoothing; one discount per order, estimated from counts of counts (D = n1 / (n1 + 2 n2)).
 * Not thread-safe; use once.
 */
public final class KneserNeyTrainer {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final Map<Long, Integer> tri = new HashMap<>();

    public KneserNeyTrainer() {
        for (String special : List.of(SyllableLanguageModel.BOS, SyllableLanguageModel.EOS, SyllableLanguageModel.UNK,
                SyllableLanguageModel.NUM, SyllableLanguageModel.SYM)) {
            id(special);
        }
    }

    private int id(String w) {
        return ids.computeIfAbsent(w, k -> {
            words.add(k);
            return words.size() - 1;
        });
    }

    /** Adds one sentence (tokens already lower-case syllables or class tokens). */
    public void add(List<String> sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        int bos = id(SyllableLanguageModel.BOS);
        long u = bos;
        long v = bos;
        for (String t : sentence) {
            long w = id(t);
            tri.merge(SyllableLanguageModel.key(u, v, w), 1, Integer::sum);
            u = v;
            v = w;
        }
        tri.merge(SyllableLanguageModel.key(u, v, id(SyllableLanguageModel.EOS)), 1, Integer::sum);
    }

    public SyllableLanguageModel build() {
        long mask = (1L << SyllableLanguageModel.BITS) - 1;
        // Trigram level: raw counts. Context totals c(uv.) and type counts N1+(uv.).
        Map<Long, int[]> triCtx = new HashMap<>(); // uv -> {count, types}
        Map<Long, Integer> biCont = new HashMap<>(); // vw -> N1+(.vw)
        int[] triCoc = new int[3];
        for (var e : tri.entrySet()) {
            long k = e.getKey();
            int c = e.getValue();
            long uv = k >>> SyllableLanguageModel.BITS;
            long vw = k & ((1L << (2 * SyllableLanguageModel.BITS)) - 1);
            int[] ctx = triCtx.computeIfAbsent(uv, x -> new int[2]);
            ctx[0] += c;
            ctx[1]++;
            biCont.merge(vw, 1, Integer::sum);
            if (c <= 2) {
                triCoc[c]++;
            }
        }
        double d3 = discount(triCoc);
        // Bigram level: continuation counts.
        Map<Long, int[]> biCtx = new HashMap<>(); // v -> {sum N1+(.v.), types}
        Map<Long, Integer> uniCont = new HashMap<>(); // w -> N1+(.w)
        int[] biCoc = new int[3];
        for (var e : biCont.entrySet()) {
            long vw = e.getKey();
            int c = e.getValue();
            long v = vw >>> SyllableLanguageModel.BITS;
            long w = vw & mask;
            int[] ctx = biCtx.computeIfAbsent(v, x -> new int[2]);
            ctx[0] += c;
            ctx[1]++;
            uniCont.merge(w, 1, Integer::sum);
            if (c <= 2) {
                biCoc[c]++;
            }
        }
        double d2 = discount(biCoc);
        int[] uniCoc = new int[3];
        long uniTotal = 0;
        for (int c : uniCont.values()) {
            uniTotal += c;
            if (c <= 2) {
                uniCoc[c]++;
            }
        }
        double d1 = discount(uniCoc);
        int v = words.size();
        double uniformWeight = d1 * uniCont.size() / (double) uniTotal;
        float[] uni = new float[v];
        double[] p1 = new double[v];
        for (int w = 0; w < v; w++) {
            int c = uniCont.getOrDefault((long) w, 0);
            p1[w] = Math.max(c - d1, 0) / uniTotal + uniformWeight / v;
            uni[w] = (float) Math.log(p1[w]);
        }
        float unknown = (float) Math.log(uniformWeight / v);

        LongFloatMap bigram = new LongFloatMap(biCont.size());
        Map<Long, Double> p2 = new HashMap<>(biCont.size() * 2);
        for (var e : biCont.entrySet()) {
            long vw = e.getKey();
            long ctxV = vw >>> SyllableLanguageModel.BITS;
            int w = (int) (vw & mask);
            int[] ctx = biCtx.get(ctxV);
            double p = Math.max(e.getValue() - d2, 0) / ctx[0] + d2 * ctx[1] / (double) ctx[0] * p1[w];
            p2.put(vw, p);
            bigram.put(vw, (float) Math.log(p));
        }
        LongFloatMap bigramContext = new LongFloatMap(biCtx.size());
        for (var e : biCtx.entrySet()) {
            bigramContext.put(e.getKey(), (float) Math.log(d2 * e.getValue()[1] / (double) e.getValue()[0]));
        }
        LongFloatMap trigram = new LongFloatMap(tri.size());
        for (var e : tri.entrySet()) {
            long k = e.getKey();
            long uv = k >>> SyllableLanguageModel.BITS;
            long vw = k & ((1L << (2 * SyllableLanguageModel.BITS)) - 1);
            int[] ctx = triCtx.get(uv);
            double lower = p2.get(vw);
            double p = Math.max(e.getValue() - d3, 0) / ctx[0] + d3 * ctx[1] / (double) ctx[0] * lower;
            trigram.put(k, (float) Math.log(p));
        }
        LongFloatMap trigramContext = new LongFloatMap(triCtx.size());
        for (var e : triCtx.entrySet()) {
            trigramContext.put(e.getKey(), (float) Math.log(d3 * e.getValue()[1] / (double) e.getValue()[0]));
        }
        return new SyllableLanguageModel(words, uni, bigram, bigramContext, trigram, trigramContext, unknown);
    }

    private static double discount(int[] coc) {
        if (coc[1] == 0) {
            return 0.5;
        }
        double d = coc[1] / (double) (coc[1] + 2 * coc[2]);
        return Math.min(0.95, Math.max(0.1, d));
    }
}
