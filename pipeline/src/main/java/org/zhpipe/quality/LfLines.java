package org.zhpipe.quality;

/**
 * The lines of a text as {@code text.split("\n", -1)} gives them (every LF ends one; empty lines kept), held as
 * ranges of its code points rather than strings, with the line statistics of the published rules computed on the
 * ranges. Not thread-safe (it keeps the line hashes once computed); one per measurement.
 */
final class LfLines {
    /** Which lines a statistic takes, and as what. */
    enum Selection {
        /** {@code re.split("\n+", text)}: the non-empty lines, and the first and last also when empty. */
        RUNS,
        /** The lines that are not blank ({@code line.strip()} not empty), as they are. */
        NON_BLANK,
        /** The lines stripped of Python white space at both ends, when not empty. */
        STRIPPED
    }

    private final int[] cps;
    private final int count;
    private final int[] starts;
    private final int[] ends;
    /** Each line's {@link #hash}, once asked for. */
    private int @org.jspecify.annotations.Nullable [] lineHashes;

    /** The lines of {@code cps[0, length)}; the array is read, not copied. */
    LfLines(int[] cps, int length) {
        this(cps, length, lineFeeds(cps, length), -1);
    }

    /**
     * The lines of {@code cps[0, length)} given ascending positions that hold every LF, {@code breaks[0, count)}
     * (other positions among them are skipped; a count of -1 means the array lists LFs only, up to its end).
     */
    LfLines(int[] cps, int length, int[] breaks, int count) {
        this.cps = cps;
        int last = count < 0 ? breaks.length : count;
        int lines = 1;
        for (int k = 0; k < last; k++) {
            lines += cps[breaks[k]] == '\n' ? 1 : 0;
        }
        this.count = lines;
        starts = new int[lines];
        ends = new int[lines];
        int line = 0;
        int start = 0;
        for (int k = 0; k < last; k++) {
            int i = breaks[k];
            if (cps[i] == '\n') {
                starts[line] = start;
                ends[line++] = i;
                start = i + 1;
            }
        }
        starts[line] = start;
        ends[line] = length;
    }

    private static int[] lineFeeds(int[] cps, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            count += cps[i] == '\n' ? 1 : 0;
        }
        int[] at = new int[count];
        int k = 0;
        for (int i = 0; i < length; i++) {
            if (cps[i] == '\n') {
                at[k++] = i;
            }
        }
        return at;
    }

    int count() {
        return count;
    }

    /** The code point before {@code end}. */
    int codePointBefore(int end) {
        return cps[end - 1];
    }

    /** The end of line {@code k} without trailing Python white space. */
    int strippedEnd(int k) {
        int end = ends[k];
        while (end > starts[k] && PythonText.isSpace(cps[end - 1])) {
            end--;
        }
        return end;
    }

    /** The start of line {@code k} without leading Python white space (at most its stripped end). */
    int strippedStart(int k, int strippedEnd) {
        int start = starts[k];
        while (start < strippedEnd && PythonText.isSpace(cps[start])) {
            start++;
        }
        return start;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    /**
     * datatrove's {@code find_duplicates} over the selected lines: {repeats of an earlier selected line, their code
     * points, selected lines}.
     */
    long[] duplicates(Selection selection) {
        if (lineHashes == null) {
            lineHashes = new int[count];
            for (int k = 0; k < count; k++) {
                lineHashes[k] = hash(starts[k], ends[k]);
            }
        }
        int[] from = new int[count];
        int[] to = new int[count];
        int[] hashes = new int[count];
        int selected = 0;
        for (int k = 0; k < count; k++) {
            int a = starts[k];
            int b = ends[k];
            boolean take;
            switch (selection) {
                case RUNS -> take = a < b || k == 0 || k == count - 1;
                case NON_BLANK -> take = strippedEnd(k) > a;
                default -> {
                    b = strippedEnd(k);
                    a = strippedStart(k, b);
                    take = a < b;
                }
            }
            if (take) {
                from[selected] = a;
                to[selected] = b;
                hashes[selected++] = a == starts[k] && b == ends[k] ? lineHashes[k] : hash(a, b);
            }
        }
        return duplicates(from, to, hashes, selected);
    }

    /** A hash of {@code cps[from, to)}, on two accumulators (the halves of the range do not wait on each other). */
    private int hash(int from, int to) {
        int mid = from + (to - from) / 2;
        int h1 = 0;
        int h2 = 0;
        for (int i = from, j = mid; i < mid; i++, j++) {
            h1 = 31 * h1 + cps[i];
            h2 = 31 * h2 + cps[j];
        }
        if (((to - from) & 1) != 0) {
            h2 = 31 * h2 + cps[to - 1];
        }
        return h1 * 0x9E3779B9 + h2;
    }

    private long[] duplicates(int[] from, int[] to, int[] hashes, int size) {
        // an open-addressing set of the ranges seen, by their indices + 1
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        int[] seen = new int[capacity];
        int mask = capacity - 1;
        long repeated = 0;
        long chars = 0;
        for (int k = 0; k < size; k++) {
            int a = from[k];
            int length = to[k] - a;
            int hash = hashes[k];
            int slot = (hash * 0x9E3779B9) >>> 16 & mask;
            boolean again = false;
            for (int t = seen[slot]; t != 0; t = seen[slot]) {
                int o = t - 1;
                if (hashes[o] == hash && to[o] - from[o] == length
                        && java.util.Arrays.equals(cps, from[o], to[o], cps, a, to[k])) {
                    again = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (again) {
                repeated++;
                chars += length;
            } else {
                seen[slot] = k + 1;
            }
        }
        return new long[] {repeated, chars, size};
    }
}
