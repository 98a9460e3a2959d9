package org.zhpipe.convert;

/**
 * OpenCC's {@code mmseg} segmentation (OpenCC 1.4.1, {@code MaxMatchSegmentation.cpp}): from left to right, the
 * dictionary's match at the position is a segment of its own; the text between matches (passed through by code
 * point or ideographic description sequence) forms one segment per run. Immutable and thread-safe.
 */
final class MaxMatchSegmentation {
    /** Receives segments in order. */
    interface Handler {
        void segment(int start, int end);
    }

    private final DictionaryMatcher matcher;

    MaxMatchSegmentation(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    int scratchSize() {
        return matcher.scratchSize();
    }

    /** Cuts {@code text[from, to)} into segments; {@code scratch} has at least {@link #scratchSize()} longs. */
    void segment(char[] text, int from, int to, Handler handler, long[] scratch) {
        int i = from;
        int run = from;
        while (i < to) {
            long m = matcher.match(text, i, to, scratch);
            if (m < 0) {
                i += Conversion.passThroughLength(text, i, to);
                continue;
            }
            if (run < i) {
                handler.segment(run, i);
            }
            int end = i + DictionaryMatcher.length(m);
            handler.segment(i, end);
            i = end;
            run = end;
        }
        if (run < to) {
            handler.segment(run, to);
        }
    }
}
