package org.zhpipe.convert;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Converts Chinese text between Simplified, Traditional and regional standards exactly as OpenCC 1.4.1 does, from
 * OpenCC's own configurations and dictionaries (bundled in the jar) or from yours in OpenCC's format.
 *
 * <pre>{@code
 * OpenccConverter s2twp = OpenccConverter.bundled("s2twp");  // build once, share between threads
 * s2twp.convert("鼠标和内存");                                  // "滑鼠和記憶體"
 * s2twp.convert("鼠标和内存", (start, end, output) -> ...);      // [0,2) 滑鼠, [2,3) 和, [3,5) 記憶體
 * }</pre>
 *
 * <p>How a text is converted (OpenCC's {@code Config.cpp}, {@code SingleStageConverter.cpp},
 * {@code MaxMatchSegmentation.cpp}, {@code Conversion.cpp}, {@code PrefixMatch.cpp}):
 * <ol>
 *   <li>the configuration's {@code normalization} conversions run over the whole text (all bundled configurations
 *       map CJK Compatibility Ideographs to their unified forms this way);</li>
 *   <li>its {@code mmseg} segmentation, if any, cuts the result into segments: the longest dictionary match at
 *       each position, and the runs between matches; without one, the whole text is one segment;</li>
 *   <li>each step of the {@code conversion_chain} converts each segment on its own, the previous step's output
 *       of that segment being its input, so segment boundaries survive the chain: at each position the longest
 *       key wins (in a {@code short_circuit} group, the first dictionary with any match; in a {@code union} group,
 *       the longest match of any, the earlier dictionary on a tie) and is replaced by its first value; where no key
 *       matches, one code point, or a whole ideographic description sequence such as ⿰氵发, is copied.</li>
 * </ol>
 * Everything works on code points: a match never splits a surrogate pair, and a character outside the BMP (𠀀,
 * 😀) passes through whole. One difference, on purpose: OpenCC hands segments on as C strings, so with a
 * segmentation a NUL character drops the rest of its segment; here it is a character like any other.
 *
 * <p><b>Tofu-risk dictionaries.</b> Dictionaries marked {@code "may_output_tofu": true} (the bundled
 * TSCharactersExt: rare simplified forms such as 㑮 → 𫝈 that common fonts cannot show) take part by default, as in
 * OpenCC's C++, Python and Node.js libraries and OpenCC's own test suite; OpenCC's command-line tool leaves them out
 * unless given {@code --include-tofu-risk-dictionaries}. Pass {@code includeTofuRiskDictionaries = false} for the
 * tool's behaviour, e.g. when the converted text is shown to people rather than indexed.
 *
 * <p>Immutable and thread-safe. Converters loaded through one {@link OpenccLoader} share their dictionaries.
 */
public final class OpenccConverter {
    private final String name;
    private final Conversion[] normalization;
    /** Null when the configuration has no segmentation: the whole text is one segment. */
    private final @Nullable MaxMatchSegmentation segmentation;
    private final Conversion[] chain;
    /** Longs of scratch a call needs: the most dictionaries any step consults. */
    private final int scratchSize;

    OpenccConverter(String name, Conversion[] normalization, @Nullable MaxMatchSegmentation segmentation,
                    Conversion[] chain) {
        this.name = name;
        this.normalization = normalization;
        this.segmentation = segmentation;
        this.chain = chain;
        int size = segmentation == null ? 0 : segmentation.scratchSize();
        for (Conversion c : normalization) {
            size = Math.max(size, c.scratchSize());
        }
        for (Conversion c : chain) {
            size = Math.max(size, c.scratchSize());
        }
        this.scratchSize = size;
    }

    /**
     * One of OpenCC's configurations, bundled in the jar ({@link #bundledNames()}: {@code "s2t"} or
     * {@code "s2t.json"}, ...), with tofu-risk dictionaries included.
     *
     * @throws OpenccConfigException for an unknown name
     */
    public static OpenccConverter bundled(String name) {
        return new OpenccLoader().bundled(name);
    }

    /** A bundled configuration, choosing whether tofu-risk dictionaries take part. */
    public static OpenccConverter bundled(String name, boolean includeTofuRiskDictionaries) {
        return new OpenccLoader().bundled(name, includeTofuRiskDictionaries);
    }

    /**
     * Your configuration in OpenCC's JSON format, its dictionaries beside it ({@code "X.ocd2"} and {@code "X.txt"}
     * both name the text dictionary {@code X.txt}), with tofu-risk dictionaries included.
     *
     * @throws OpenccConfigException when a file is missing or malformed
     */
    public static OpenccConverter fromFile(Path configJson) {
        return new OpenccLoader().fromFile(configJson);
    }

    /** Your configuration, choosing whether tofu-risk dictionaries take part. */
    public static OpenccConverter fromFile(Path configJson, boolean includeTofuRiskDictionaries) {
        return new OpenccLoader().fromFile(configJson, includeTofuRiskDictionaries);
    }

    /** The bundled configurations: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, t2tw, ... */
    public static List<String> bundledNames() {
        return OpenccLoader.bundledNames();
    }

    /** The configuration's {@code name}, or its file name when it has none. */
    public String name() {
        return name;
    }

    /** The converted text; {@code text} itself when nothing changed. */
    public String convert(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0) {
            return text;
        }
        char[] input = text.toCharArray();
        long[] scratch = new long[scratchSize];
        NormalizedText normalized = NormalizedText.of(input, normalization, scratch);
        char[] chars = normalized.chars;
        CharSink out = new CharSink(normalized.length + (normalized.length >> 3) + 16);
        ChainRun run = new ChainRun(chain, false, scratch);
        if (segmentation == null) {
            run.run(chars, 0, normalized.length, out);
        } else {
            segmentation.segment(chars, 0, normalized.length, new SegmentRun(run, chars, out), scratch);
        }
        if (out.length == n && Arrays.equals(out.chars, 0, n, input, 0, n)) {
            return text;
        }
        return out.toString();
    }

    /**
     * Converts {@code text} piece by piece: {@code out} receives, in order, spans {@code [start, end)} of the input
     * that cover it without gaps, and the output of each. A span is as small as the conversion allows: OpenCC's
     * segments, split further wherever every step of the chain (and the normalization) has a piece boundary, so
     * that each output is exactly what the configuration makes of that span (s2t, which has no segmentation,
     * reports 发展了 as 发展 → 發展 and 了 → 了); neighbouring spans whose output equals their input are merged into
     * one. The outputs concatenated equal {@link #convert(String)}.
     */
    public void convert(String text, SegmentConsumer out) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(out, "out");
        convertSpans(text.toCharArray(), (start, end, output, from, to) ->
                out.accept(start, end, new String(output, from, to - from)));
    }

    /** {@link #convert(String, SegmentConsumer)} without strings: for {@link ConvertStage}. */
    void convertSpans(char[] input, SpanSink out) {
        if (input.length == 0) {
            return;
        }
        long[] scratch = new long[scratchSize];
        NormalizedText normalized = NormalizedText.of(input, normalization, scratch);
        char[] chars = normalized.chars;
        if (chain.length <= 1 && normalized.originalAt == null) {
            // the common case: the pieces of the one step are the spans, no alignment to compose
            DirectSpans spans = new DirectSpans(input, out);
            if (chain.length == 1) {
                Conversion step = chain[0];
                if (segmentation == null) {
                    step.forEachMatch(chars, 0, normalized.length, scratch, spans);
                } else {
                    segmentation.segment(chars, 0, normalized.length,
                            (start, end) -> step.forEachMatch(chars, start, end, scratch, spans), scratch);
                }
            }
            spans.finish();
            return;
        }
        CharSink sink = new CharSink(64).withMap();
        ChainRun run = new ChainRun(chain, true, scratch);
        SpanEmitter emitter = new SpanEmitter(input, normalized, out);
        MaxMatchSegmentation.Handler handler = (start, end) -> {
            sink.clear();
            run.run(chars, start, end, sink);
            emitter.segment(sink);
        };
        if (segmentation == null) {
            if (normalized.length > 0) {
                handler.segment(0, normalized.length);
            }
        } else {
            segmentation.segment(chars, 0, normalized.length, handler, scratch);
        }
        emitter.finish();
    }

    /**
     * What the conversion does to each of OpenCC's segments, step by step with every dictionary match: the
     * information of OpenCC's {@code opencc --inspect}, per segment. For {@code zhpipe explain} and debugging; slower
     * than {@link #convert(String)}.
     */
    public List<InspectedSegment> inspect(String text) {
        Objects.requireNonNull(text, "text");
        return new Inspector(normalization, segmentation, chain, scratchSize).inspect(text);
    }

    @Override
    public String toString() {
        return "OpenccConverter[" + name + "]";
    }

    /** Converts each segment into {@code out} (a class rather than a lambda, to spare the first call a bootstrap). */
    private static final class SegmentRun implements MaxMatchSegmentation.Handler {
        private final ChainRun run;
        private final char[] chars;
        private final CharSink out;

        SegmentRun(ChainRun run, char[] chars, CharSink out) {
            this.run = run;
            this.chars = chars;
            this.out = out;
        }

        @Override
        public void segment(int start, int end) {
            run.run(chars, start, end, out);
        }
    }
}
