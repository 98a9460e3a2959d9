package org.zhpipe.segment;

import java.util.Arrays;

/**
 * A segmentation of {@link Atoms} into words, in order: word {@code i} covers atoms {@code [end(i-1), end(i))} and is
 * dictionary word {@code id(i)}, or -1 when the dictionary lacks it. Not thread-safe; one per call.
 */
final class Words {
    int count;
    int[] ends;
    int[] ids;

    Words(int capacity) {
        ends = new int[Math.max(4, capacity)];
        ids = new int[ends.length];
    }

    void add(int end, int id) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        ends[count] = end;
        ids[count] = id;
        count++;
    }

    /** The first atom of word {@code i}. */
    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Appends words {@code [from, to)} of {@code other}. */
    void addAll(Words other, int from, int to) {
        for (int i = from; i < to; i++) {
            add(other.ends[i], other.ids[i]);
        }
    }
}
