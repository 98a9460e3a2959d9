package org.zhpipe.convert;

import java.util.Arrays;

/**
 * Spans straight from the matches of a one-step conversion whose input is the input text (no normalization
 * change): each match that changes its text is a span, everything else is merged into runs of unchanged text. Not
 * thread-safe; one per call.
 */
final class DirectSpans implements SpanSink {
    private final char[] input;
    private final SpanSink out;
    /** Input before this has been passed on. */
    private int emitted;

    DirectSpans(char[] input, SpanSink out) {
        this.input = input;
        this.out = out;
    }

    /** A match: {@code input[start, end)} becomes {@code value[from, to)}. */
    @Override
    public void span(int start, int end, char[] value, int from, int to) {
        if (to - from == end - start && Arrays.equals(value, from, to, input, start, end)) {
            return; // unchanged: part of the run
        }
        if (emitted < start) {
            out.span(emitted, start, input, emitted, start);
        }
        out.span(start, end, value, from, to);
        emitted = end;
    }

    /** Passes on the unchanged rest; call after the last match. */
    void finish() {
        if (emitted < input.length) {
            out.span(emitted, input.length, input, emitted, input.length);
            emitted = input.length;
        }
    }
}
