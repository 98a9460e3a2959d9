package org.zhpipe.convert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a conversion chain (or of the normalization): OpenCC 1.4.1's {@code Conversion::AppendConverted}.
 * From left to right, the dictionary's match at the position is replaced by its value; where nothing matches, an
 * ideographic description sequence or else one code point is copied unchanged. Immutable and thread-safe.
 */
final class Conversion {
    private final DictionaryMatcher matcher;
    private final DictionarySet set;

    Conversion(DictionaryMatcher matcher) {
        this.matcher = matcher;
        this.set = matcher.set();
    }

    int scratchSize() {
        return matcher.scratchSize();
    }

    /**
     * Appends the conversion of {@code text[from, to)} to {@code out}. When {@code out} records an alignment, marks
     * where each piece starts (with its input position) and the end (with {@code to}).
     *
     * @param scratch at least {@link #scratchSize()} longs
     */
    void convert(char[] text, int from, int to, CharSink out, long[] scratch) {
        if (out.map != null) {
            convertTraced(text, from, to, out, null, scratch);
            return;
        }
        int i = from;
        int copied = from;
        while (i < to) {
            long m = matcher.match(text, i, to, scratch);
            if (m < 0) {
                i += passThroughLength(text, i, to);
                continue;
            }
            if (copied < i) {
                out.append(text, copied, i);
            }
            set.appendValue(DictionaryMatcher.record(m), out);
            i += DictionaryMatcher.length(m);
            copied = i;
        }
        if (copied < to) {
            out.append(text, copied, to);
        }
    }

    /**
     * Reports each match in {@code text[from, to)}, in order, to {@code sink}: its span and its value
     * ({@code set().pool}); the text between matches is copied unchanged by the conversion.
     */
    void forEachMatch(char[] text, int from, int to, long[] scratch, SpanSink sink) {
        int i = from;
        char[] pool = set.pool;
        while (i < to) {
            long m = matcher.match(text, i, to, scratch);
            if (m < 0) {
                i += passThroughLength(text, i, to);
                continue;
            }
            int record = DictionaryMatcher.record(m);
            int n = DictionaryMatcher.length(m);
            int value = DictionarySet.valueStart(record);
            sink.span(i, i + n, pool, value, value + pool[record + 1]);
            i += n;
        }
    }

    /** Whether any key matches in {@code text[from, to)} (scanning as {@link #convert} does). */
    boolean matchesAny(char[] text, int from, int to, long[] scratch) {
        int i = from;
        while (i < to) {
            if (matcher.match(text, i, to, scratch) >= 0) {
                return true;
            }
            i += passThroughLength(text, i, to);
        }
        return false;
    }

    /**
     * Like {@link #convert}, also listing every match in {@code matches} (when non-null) with its span relative to
     * {@code from}.
     */
    void convertTraced(char[] text, int from, int to, CharSink out, @Nullable List<DictionaryMatch> matches,
                       long[] scratch) {
        boolean mapped = out.map != null;
        int i = from;
        while (i < to) {
            long m = matcher.match(text, i, to, scratch);
            if (mapped) {
                out.mark(out.length, i);
            }
            if (m < 0) {
                int n = passThroughLength(text, i, to);
                out.append(text, i, i + n);
                i += n;
                continue;
            }
            int record = DictionaryMatcher.record(m);
            int n = DictionaryMatcher.length(m);
            set.appendValue(record, out);
            if (matches != null) {
                matches.add(new DictionaryMatch(i - from, i - from + n, set.name(record), new String(text, i, n),
                        set.value(record)));
            }
            i += n;
        }
        if (mapped) {
            out.markEnd(to);
        }
    }

    /** Chars copied where no key matches: a whole ideographic description sequence, else one code point. */
    static int passThroughLength(char[] text, int i, int to) {
        char c = text[i];
        if (c < 0x2FF0) {
            return 1;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < to && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        if (c <= 0x2FFF) {
            int n = IdeographicDescriptions.length(text, i, to);
            return n > 0 ? n : 1;
        }
        return 1;
    }
}
