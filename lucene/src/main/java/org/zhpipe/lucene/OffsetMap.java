package org.zhpipe.lucene;

import org.zhpipe.text.Text;

/**
 * One original offset for each offset of a text's current value: what a Lucene {@code CharFilter} must give from
 * {@code correctOffset}, which maps a start and an end offset with the same function, where zhpipe's alignment
 * ({@link Text}) keeps a span per char.
 *
 * <ul>
 *   <li>Where a char starts a new span, its offset maps to the span's start: after deleted text (white space
 *       collapsed, a filtered emoji), a token starts after it.</li>
 *   <li>Chars that share one span (a many-to-many replacement: 記憶體 → 内存, ﬁ → fi) divide it in proportion,
 *       rounded up and never inside a surrogate pair of the original: 内 → 記憶, 存 → 體; the whole replacement maps to
 *       the whole span. (Lucene's {@code MappingCharFilter} likewise keeps a replacement's ends exact and its inside
 *       approximate.)</li>
 *   <li>The end of the current text maps to the end of the original, so a field's final offset is its length also
 *       when trailing text was deleted (multi-valued fields' offsets add up).</li>
 * </ul>
 *
 * The map never decreases.
 */
final class OffsetMap {
    private OffsetMap() {
    }

    /** {@code map[i]} for each current offset {@code i} in {@code [0, text.length()]}. */
    static int[] of(Text text) {
        int length = text.length();
        String original = text.original();
        int[] map = new int[length + 1];
        int previous = 0;
        for (int k = 0; k < length; ) {
            int from = text.originalStart(k);
            int to = text.originalEnd(k + 1);
            int j = k + 1;
            while (j < length && text.originalStart(j) == from && text.originalEnd(j + 1) == to) {
                j++;
            }
            int n = j - k;
            for (int q = 0; q < n; q++) {
                int at = from + (int) (((long) q * (to - from) + n - 1) / n);
                if (at > from && at < to && Character.isLowSurrogate(original.charAt(at))
                        && Character.isHighSurrogate(original.charAt(at - 1))) {
                    at++;
                }
                previous = Math.max(previous, at);
                map[k + q] = previous;
            }
            k = j;
        }
        map[length] = Math.max(previous, original.length());
        return map;
    }
}
