package org.zhpipe.convert;

import java.util.Arrays;

/**
 * Turns converted segments into the spans a {@link SpanSink} receives, in the general case (several steps, or a
 * normalization that changed the text; {@link DirectSpans} does the simple one): each segment is split wherever
 * every step of the chain and the normalization have a piece boundary (so a span's output is exactly what the
 * configuration makes of that span), spans whose output equals their input are merged into runs, and offsets are
 * taken back through the normalization to the input. Not thread-safe; one per call.
 */
final class SpanEmitter {
    private final char[] input;
    private final NormalizedText normalized;
    private final SpanSink consumer;
    /** Input offset where the span being built starts. */
    private int spanStart;
    /** Output of the span being built that came from earlier segments (when a segment ends inside a replacement). */
    private final StringBuilder carried = new StringBuilder();
    /** Input offset where the current run of unchanged spans starts, or -1. */
    private int runStart = -1;
    private int emittedTo;

    SpanEmitter(char[] input, NormalizedText normalized, SpanSink consumer) {
        this.input = input;
        this.normalized = normalized;
        this.consumer = consumer;
    }

    /** Takes one converted segment: {@code out} with its map back to normalized offsets. */
    void segment(CharSink out) {
        int[] map = out.map;
        char[] chars = out.chars;
        int pieceFrom = 0;
        for (int j = 0; j <= out.length; j++) {
            int v = map[j];
            if (v < 0) {
                continue;
            }
            int o = normalized.original(v);
            if (o < 0) {
                continue;
            }
            if (o > spanStart) {
                span(o, chars, pieceFrom, j);
                spanStart = o;
            }
            pieceFrom = j;
        }
        if (pieceFrom < out.length) {
            carried.append(chars, pieceFrom, out.length - pieceFrom);
        }
    }

    /** Emits what is left; call after the last segment. */
    void finish() {
        flushRun(spanStart);
        if (emittedTo < input.length) {
            // only when the normalization deleted the end of the text
            char[] rest = carried.toString().toCharArray();
            carried.setLength(0);
            consumer.span(emittedTo, input.length, rest, 0, rest.length);
            emittedTo = input.length;
        }
    }

    private void span(int end, char[] chars, int from, int to) {
        int start = spanStart;
        if (carried.length() > 0) {
            // a span across segments: rare, so a copy is fine
            carried.append(chars, from, to - from);
            chars = carried.toString().toCharArray();
            from = 0;
            to = chars.length;
            carried.setLength(0);
        }
        if (to - from == end - start && Arrays.equals(chars, from, to, input, start, end)) {
            if (runStart < 0) {
                runStart = start;
            }
            return;
        }
        flushRun(start);
        consumer.span(start, end, chars, from, to);
        emittedTo = end;
    }

    private void flushRun(int end) {
        if (runStart >= 0) {
            consumer.span(runStart, end, input, runStart, end);
            emittedTo = end;
            runStart = -1;
        }
    }
}
