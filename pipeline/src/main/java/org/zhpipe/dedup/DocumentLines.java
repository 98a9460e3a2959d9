package org.zhpipe.dedup;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The lines of one document as line deduplication sees them: each non-blank line of the normalized text, as a 64-bit
 * hash, with the span of the original text it came from.
 *
 * <p>Lines end at LF ({@code \n}, as in the {@code lines} stage); a line is stripped of white space at both ends
 * ({@link Character#isWhitespace}, by code point, so a trailing CR goes too) and skipped when nothing is left. Its
 * hash is the first 64 bits of its {@link ExactKey} (MurmurHash3 x64 128 of the stripped line's UTF-8). Its original
 * span is where the normalized text's alignment maps the stripped line: {@code [originalStart(from),
 * originalEnd(to))}, UTF-16 offsets into the original, as {@code org.zhpipe.text.Text} gives them. With 64 bits, two
 * different lines among 10<sup>8</sup> distinct ones share a hash with a probability near 3 × 10<sup>-4</sup>.
 *
 * @param originalLength the original text's length in chars (to notice a text that changed between two readings)
 * @param hashes         the lines' hashes, in order
 * @param starts         each line's original start
 * @param ends           each line's original end (exclusive)
 */
public record DocumentLines(int originalLength, long[] hashes, int[] starts, int[] ends) {
    public DocumentLines {
        if (hashes.length != starts.length || hashes.length != ends.length) {
            throw new IllegalArgumentException("hashes, starts and ends differ in length");
        }
        for (int i = 0; i < hashes.length; i++) {
            if (starts[i] < 0 || ends[i] < starts[i] || ends[i] > originalLength) {
                throw new IllegalArgumentException("line " + i + " spans [" + starts[i] + ", " + ends[i]
                        + ") of a text of " + originalLength + " chars");
            }
        }
    }

    /**
     * The lines of a normalized text.
     *
     * @param normalized     the text the pipeline left
     * @param originalLength the length of the text it came from
     * @param originalStart  the original offset where the normalized char at an index starts
     * @param originalEnd    the original offset where a normalized range ending at an index ends
     */
    public static DocumentLines of(String normalized, int originalLength, IntUnaryOperator originalStart,
                                   IntUnaryOperator originalEnd) {
        int capacity = 8;
        long[] hashes = new long[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int start = 0;
        while (start < normalized.length()) {
            int newline = normalized.indexOf('\n', start);
            int end = newline < 0 ? normalized.length() : newline;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(normalized.codePointAt(from))) {
                from += Character.charCount(normalized.codePointAt(from));
            }
            while (to > from && Character.isWhitespace(normalized.codePointBefore(to))) {
                to -= Character.charCount(normalized.codePointBefore(to));
            }
            if (from < to) {
                if (count == capacity) {
                    capacity *= 2;
                    hashes = Arrays.copyOf(hashes, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                hashes[count] = hash(normalized.substring(from, to));
                starts[count] = originalStart.applyAsInt(from);
                ends[count] = originalEnd.applyAsInt(to);
                count++;
            }
            start = end + 1;
        }
        return new DocumentLines(originalLength, Arrays.copyOf(hashes, count), Arrays.copyOf(starts, count),
                Arrays.copyOf(ends, count));
    }

    /** The lines of a text that is its own original (no normalization). */
    public static DocumentLines of(String text) {
        return of(text, text.length(), i -> i, i -> i);
    }

    /** The hash of one stripped line. */
    public static long hash(String strippedLine) {
        return ExactKey.of(strippedLine).high();
    }

    /** Non-blank lines. */
    public int count() {
        return hashes.length;
    }

    /** The distinct hashes, ascending: a line repeated in one document counts once for it. */
    public long[] distinctHashes() {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
