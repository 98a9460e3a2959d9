package org.zhpipe.text;

import java.util.Objects;

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
    private final int[] starts;
    /** Original end of each current char; {@code null} when the alignment is the identity. */
    private final int[] ends;

    private Text(String original, String current, int[] starts, int[] ends) {
        this.original = original;
        this.current = current;
        this.starts = starts;
        this.ends = ends;
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
        return starts == null;
    }

    /**
     * Original offset where the current char at {@code index} starts; for {@code index == length()} the end of the
     * last current char's span (or of the original when the current text is empty).
     */
    public int originalStart(int index) {
        Objects.checkIndex(index, current.length() + 1);
        if (starts == null) {
            return index;
        }
        if (index < current.length()) {
            return starts[index];
        }
        return current.isEmpty() ? original.length() : ends[index - 1];
    }

    /** Original offset where the current range ending at {@code end} ends (exclusive); for 0 it is {@code originalStart(0)}. */
    public int originalEnd(int end) {
        Objects.checkIndex(end, current.length() + 1);
        if (starts == null) {
            return end;
        }
        return end == 0 ? originalStart(0) : ends[end - 1];
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
    public Text derive(String newCurrent, int[] sourceStarts, int[] sourceEnds) {
        Objects.requireNonNull(newCurrent, "newCurrent");
        if (sourceStarts == null) {
            if (newCurrent.length() != current.length()) {
                throw new IllegalArgumentException("identity alignment needs equal lengths");
            }
            return new Text(original, newCurrent, starts, ends);
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

    @Override
    public String toString() {
        return current;
    }
}
