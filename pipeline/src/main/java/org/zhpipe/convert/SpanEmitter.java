package org.zhpipe.convert;

import java.util.Arrays;

/**
 * Turns converted segments into the spans a {@link SegmentConsumer} receives: each segment is split wherever every
 * step of the chain and the normalization have a piece boundary (so a span's output is exactly what the
 * configuration makes of that span), spans whose output equals their input are merged into runs, and offsets are
 * taken back through the normalization to the input. Not thread-safe; one per call.
 */
final class SpanEmitter {
    private final char[] input;
    private final NormalizedText normalized;
    private final SegmentConsumer consumer;
    /** Input offset where the span being built starts. */
    private int spanStart;
    /** Output of the span being built that came from earlier segments (when a segment ends inside a replacement). */
    private final StringBuilder carried = new StringBuilder();
    /** Input offset where the current run of unchanged spans starts, or -1. */
    private int runStart = -1;
    private int emittedTo;

    SpanEmitter(char[] input, NormalizedText normalized, SegmentConsumer consumer) {
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
            String rest = carried.toString();
            carried.setLength(0);
            consumer.accept(emittedTo, input.length, rest);
            emittedTo = input.length;
        }
    }

    private void span(int end, char[] chars, int from, int to) {
        int start = spanStart;
        boolean unchanged;
        String output = null;
        if (carried.length() == 0) {
            unchanged = to - from == end - start && Arrays.equals(chars, from, to, input, start, end);
        } else {
            carried.append(chars, from, to - from);
            output = carried.toString();
            carried.setLength(0);
            unchanged = output.contentEquals(new String(input, start, end - start));
        }
        if (unchanged) {
            if (runStart < 0) {
                runStart = start;
            }
            return;
        }
        flushRun(start);
        consumer.accept(start, end, output != null ? output : new String(chars, from, to - from));
        emittedTo = end;
    }

    private void flushRun(int end) {
        if (runStart >= 0) {
            consumer.accept(runStart, end, new String(input, runStart, end - runStart));
            emittedTo = end;
            runStart = -1;
        }
    }
}
