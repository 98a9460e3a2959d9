package org.zhpipe.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document as it moves through the text stages: the original input, the current text, and an alignment that maps
 * every char of the current text back to the span of the original it came from.
 *
 * <p>The alignment is the idea of Hugging Face tokenizers' {@code NormalizedString} and Lucene's
 * {@code CharFilter.correctOffset}: each current char {@code i} knows the original span
 * {@code [originalStart(i), originalEndOf(i))}. A char produced by a many-to-many replacement (記憶體 → 内存) maps to
 * the whole replaced span, so any range of current chars maps to a range of original chars that never splits a
 * surrogate pair of the original.
 *
 * <p>Immutable and thread-safe. Offsets are UTF-16 indices, as everywhere in Java ({@link String#substring}).
 *
 * <pre>{@code
 * Text t = Text.of("ＡＢ　Ｃ");             // current == original
 * Text u = stage.apply(t);                   // current "AB C"
 * u.originalSpan(3, 4);                      // [3, 4): "Ｃ"
 * }</pre>
 */
public final class Text {
    private final String original;
    private final String current;
    /** Original start of each current char; {@code null} when the alignment is the identity. */
    private final int @Nullable [] starts;
    /**
     * Original end of each current char; {@code null} when the alignment is the identity, or when every current char
     * maps to exactly one original char ({@code ends[k] == starts[k] + 1}, as after deletions only).
     */
    private final int @Nullable [] ends;
    /**
     * When {@code starts} is {@code null}: the sorted original indices that were deleted from an otherwise unchanged
     * alignment (what a filter produces: each current char is one original char), or {@code null} for the identity.
     * Kept as a short list instead of one int per char, since deletions are few.
     */
    private final int @Nullable [] deleted;

    private Text(String original, String current, int @Nullable [] starts, int @Nullable [] ends) {
        this(original, current, starts, ends, null);
    }

    private Text(String original, String current, int @Nullable [] starts, int @Nullable [] ends,
                 int @Nullable [] deleted) {
        this.original = original;
        this.current = current;
        this.starts = starts;
        this.ends = ends;
        this.deleted = deleted;
    }

    /** A text whose current value is its original. */
    public static Text of(String original) {
        return new Text(Objects.requireNonNull(original, "original"), original, null, null);
    }

    public String original() {
        return original;
    }

    public String current() {
        return current;
    }

    /** Length of the current text in chars. */
    public int length() {
        return current.length();
    }

    /** True when every current char sits at the same index in the original (nothing changed the length yet). */
    public boolean isIdentityAligned() {
        return starts == null && deleted == null;
    }

    /** The original index of current char {@code k} when the alignment is a list of deletions. */
    private int keptPosition(int k) {
        // deleted[q] - q counts the kept chars before deleted[q]; it never decreases, so binary search it
        int lo = 0;
        int hi = deleted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (deleted[mid] - mid <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return k + lo;
    }

    /**
     * Original offset where the current char at {@code index} starts; for {@code index == length()} the end of the
     * last current char's span (or of the original when the current text is empty).
     */
    public int originalStart(int index) {
        Objects.checkIndex(index, current.length() + 1);
        if (starts == null) {
            if (deleted == null) {
                return index;
            }
            if (index < current.length()) {
                return keptPosition(index);
            }
            return current.isEmpty() ? original.length() : keptPosition(index - 1) + 1;
        }
        if (index < current.length()) {
            return starts[index];
        }
        return current.isEmpty() ? original.length() : endOf(index - 1);
    }

    private int endOf(int k) {
        return ends == null ? starts[k] + 1 : ends[k];
    }

    /** Original offset where the current range ending at {@code end} ends (exclusive); for 0 it is {@code originalStart(0)}. */
    public int originalEnd(int end) {
        Objects.checkIndex(end, current.length() + 1);
        if (starts == null && deleted == null) {
            return end;
        }
        if (end == 0) {
            return originalStart(0);
        }
        return starts == null ? keptPosition(end - 1) + 1 : endOf(end - 1);
    }

    /** The original span {@code [start, end)} of the current range {@code [from, to)}. */
    public Span originalSpan(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("from " + from + " > to " + to);
        }
        int start = originalStart(from);
        return new Span(start, from == to ? start : originalEnd(to));
    }

    /**
     * A new text with {@code newCurrent} as its current value, where each char {@code k} of {@code newCurrent} came
     * from the span {@code [sourceStarts[k], sourceEnds[k])} of <em>this</em> text's current value. The result's
     * alignment goes straight to the original. Pass {@code null} arrays when {@code newCurrent} has the same length
     * as the current text and char {@code k} came from char {@code k}.
     */
    public Text derive(String newCurrent, int @Nullable [] sourceStarts, int @Nullable [] sourceEnds) {
        Objects.requireNonNull(newCurrent, "newCurrent");
        if (sourceStarts == null) {
            if (newCurrent.length() != current.length()) {
                throw new IllegalArgumentException("identity alignment needs equal lengths");
            }
            return new Text(original, newCurrent, starts, ends, deleted);
        }
        int n = newCurrent.length();
        if (sourceStarts.length < n || sourceEnds.length < n) {
            throw new IllegalArgumentException("alignment shorter than text");
        }
        int[] newStarts = new int[n];
        int[] newEnds = new int[n];
        for (int k = 0; k < n; k++) {
            int s = sourceStarts[k];
            int e = sourceEnds[k];
            int os = originalStart(s);
            newStarts[k] = os;
            newEnds[k] = e > s ? originalEnd(e) : os;
        }
        return new Text(original, newCurrent, newStarts, newEnds);
    }

    /**
     * A new text with {@code newCurrent} as its current value, where each char {@code k} of {@code newCurrent} came
     * from exactly one char, {@code sourceIndex[k]}, of this text's current value: what deleting chars or mapping
     * them one to one produces. Cheaper than {@link #derive}. The array is taken over by the new text (it may be
     * longer than {@code newCurrent}); the caller must not touch it afterwards.
     */
    public Text deriveBySourceIndex(String newCurrent, int[] sourceIndex) {
        int n = newCurrent.length();
        if (sourceIndex.length < n) {
            throw new IllegalArgumentException("alignment shorter than text");
        }
        if (starts == null) {
            if (deleted != null) {
                for (int k = 0; k < n; k++) {
                    sourceIndex[k] = keptPosition(sourceIndex[k]);
                }
            }
            return new Text(original, newCurrent, sourceIndex, null);
        }
        int[] newEnds = ends == null ? null : new int[n];
        for (int k = 0; k < n; k++) {
            int source = sourceIndex[k];
            if (newEnds != null) {
                newEnds[k] = ends[source];
            }
            sourceIndex[k] = starts[source];
        }
        return new Text(original, newCurrent, sourceIndex, newEnds);
    }

    /**
     * A new text with {@code newCurrent} as its current value: this text's current value with the chars at the
     * sorted indices {@code deletions[0..count)} removed and every other char mapped one to one (possibly to another
     * char). The cheapest derivation; what a filter produces.
     */
    public Text deriveByDeletions(String newCurrent, int[] deletions, int count) {
        if (newCurrent.length() != current.length() - count) {
            throw new IllegalArgumentException("length does not match the deletions");
        }
        if (starts == null) {
            int[] originalDeletions = new int[count + (deleted == null ? 0 : deleted.length)];
            if (deleted == null) {
                System.arraycopy(deletions, 0, originalDeletions, 0, count);
            } else {
                // map to original indices, then merge with the earlier deletions
                int a = 0;
                int b = 0;
                int o = 0;
                while (a < deleted.length || b < count) {
                    int next = b < count ? keptPosition(deletions[b]) : Integer.MAX_VALUE;
                    if (a < deleted.length && deleted[a] < next) {
                        originalDeletions[o++] = deleted[a++];
                    } else {
                        originalDeletions[o++] = next;
                        b++;
                    }
                }
            }
            return new Text(original, newCurrent, null, null, originalDeletions);
        }
        int[] source = new int[newCurrent.length()];
        int q = 0;
        int j = 0;
        for (int i = 0; i < current.length(); i++) {
            if (q < count && deletions[q] == i) {
                q++;
            } else {
                source[j++] = i;
            }
        }
        return deriveBySourceIndex(newCurrent, source);
    }

    @Override
    public String toString() {
        return current;
    }
}
