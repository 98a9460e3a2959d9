package org.zhpipe.convert;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable char buffer that a conversion appends to, with an optional alignment: for each output position that
 * starts a piece (a dictionary match or a passed-through character), the input position the piece came from.
 * Not thread-safe; one per conversion call.
 */
final class CharSink {
    char[] chars;
    int length;
    /** When non-null: {@code map[k]} is the input position output position {@code k} starts at, or -1. */
    int @Nullable [] map;

    CharSink(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** Starts recording the alignment; {@link #map} gets the same capacity as the chars. */
    CharSink withMap() {
        map = new int[chars.length + 1];
        Arrays.fill(map, -1);
        return this;
    }

    void clear() {
        if (map != null) {
            Arrays.fill(map, 0, Math.min(map.length, length + 1), -1);
        }
        length = 0;
    }

    void ensure(int extra) {
        int needed = length + extra;
        if (needed > chars.length) {
            int capacity = Math.max(needed, chars.length * 2);
            chars = Arrays.copyOf(chars, capacity);
            if (map != null) {
                int old = map.length;
                map = Arrays.copyOf(map, capacity + 1);
                Arrays.fill(map, old, map.length, -1);
            }
        }
    }

    void append(char[] source, int from, int to) {
        int n = to - from;
        ensure(n);
        if (n == 1) {
            chars[length++] = source[from];
            return;
        }
        System.arraycopy(source, from, chars, length, n);
        length += n;
    }

    /** Records that output position {@code at} starts a piece that came from input position {@code source}. */
    void mark(int at, int source) {
        if (map[at] < 0) {
            map[at] = source;
        }
    }

    /** Records the end of the output: always a boundary, at {@code source}. */
    void markEnd(int source) {
        ensure(0);
        map[length] = source;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
