package org.zhpipe.convert;

import org.jspecify.annotations.Nullable;

/**
 * Runs a conversion chain over one segment, as OpenCC 1.4.1's {@code ConversionChain::AppendConvertedSegment}: each
 * step converts the previous step's output of this segment alone. Holds the scratch buffers of one call; not
 * thread-safe.
 */
final class ChainRun {
    private final Conversion[] chain;
    private final boolean mapped;
    private final long[] scratch;
    /** Scratch sinks for the steps before the last, made on first use. */
    private @Nullable CharSink first;
    private @Nullable CharSink second;

    /**
     * With {@code mapped}, the output sink records where pieces start, composed back through every step.
     * {@code scratch} must hold at least the {@link Conversion#scratchSize()} of every step.
     */
    ChainRun(Conversion[] chain, boolean mapped, long[] scratch) {
        this.chain = chain;
        this.mapped = mapped;
        this.scratch = scratch;
    }

    /**
     * Appends the chain's conversion of {@code text[from, to)} to {@code out}. When mapped, {@code out.map} gets,
     * for the output positions where a piece starts in every step, the position in {@code text} it came from.
     */
    void run(char[] text, int from, int to, CharSink out) {
        int steps = chain.length;
        if (steps == 0) {
            copy(text, from, to, out);
            return;
        }
        if (steps == 1) {
            chain[0].convert(text, from, to, out, scratch);
            return;
        }
        char[] current = text;
        int currentFrom = from;
        int currentTo = to;
        int[] currentMap = null;
        for (int k = 0; k < steps; k++) {
            CharSink target = k == steps - 1 ? out : scratch(k);
            int start = target.length;
            chain[k].convert(current, currentFrom, currentTo, target, scratch);
            if (mapped && currentMap != null) {
                int[] map = target.map;
                for (int j = start; j <= target.length; j++) {
                    int v = map[j];
                    if (v >= 0) {
                        map[j] = currentMap[v];
                    }
                }
            }
            current = target.chars;
            currentFrom = start;
            currentTo = target.length;
            currentMap = target.map;
        }
    }

    private CharSink scratch(int k) {
        CharSink sink = (k & 1) == 0 ? first : second;
        if (sink == null) {
            sink = new CharSink(256);
            if (mapped) {
                sink.withMap();
            }
            if ((k & 1) == 0) {
                first = sink;
            } else {
                second = sink;
            }
        }
        sink.clear();
        return sink;
    }

    private void copy(char[] text, int from, int to, CharSink out) {
        if (!mapped) {
            out.append(text, from, to);
            return;
        }
        for (int p = from; p < to; ) {
            int n = Conversion.passThroughLength(text, p, to);
            out.ensure(n);
            out.mark(out.length, p);
            out.append(text, p, p + n);
            p += n;
        }
        out.markEnd(to);
    }
}
