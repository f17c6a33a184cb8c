package vn.cascade.normalize.lm;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to float values, without boxing: the language model makes
 * millions of look-ups per second. Not thread-safe for writes; safe for concurrent reads once
 * built.
 */
final class LongFloatMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private float[] values;
    private int size;

    LongFloatMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new float[cap];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    void put(long key, float value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    float get(long key, float missing) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Calls the visitor for every entry. */
    void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                v.visit(keys[i], values[i]);
            }
        }
    }

    interface Visitor {
        void visit(long key, float value);
    }

    private static int slot(long key, long[] keys) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldK = keys;
        float[] oldV = values;
        keys = new long[oldK.length * 2];
        values = new float[oldK.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldK.length; i++) {
            if (oldK[i] != EMPTY) {
                int j = slot(oldK[i], keys);
                keys[j] = oldK[i];
                values[j] = oldV[i];
            }
        }
    }

    /** The hash both open-addressing maps of the model use (Fibonacci hashing, high bits folded in). */
    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
