package vn.cascade.normalize.lm;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative int values, without boxing; -1 when absent. */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private final long[] keys;
    private final int[] values;

    /** A fixed-capacity map for at most {@code expected} entries, kept at most a quarter full (short probes). */
    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 4 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    void put(long key, int value) {
        int mask = keys.length - 1;
        int i = LongFloatMap.mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    int get(long key) {
        int mask = keys.length - 1;
        int i = LongFloatMap.mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }
}
