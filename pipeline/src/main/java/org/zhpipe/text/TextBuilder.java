package org.zhpipe.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Builds the next {@link Text} from a source text, recording for every appended char the span of the source's
 * current text it came from. Stages that change lengths use it so that alignment is kept without thinking about it:
 * {@link #copy} for unchanged runs, {@link #replace} for anything else.
 *
 * <p>While the output is an unchanged copy of the source's prefix no alignment arrays are allocated. Not
 * thread-safe; one builder per call.
 */
public final class TextBuilder {
    private final Text source;
    private final String in;
    /**
     * The output so far, {@code out[0, length)}: a char array rather than a {@code StringBuilder}, which starts out
     * Latin-1 and is copied into a new array at the first Chinese character.
     */
    private char[] out;
    private int length;
    /** Null while the output is an identity copy of the source's prefix. */
    private int @Nullable [] starts;
    private int @Nullable [] ends;
    /** True while output char k is source char k for every k written so far. */
    private boolean identity = true;

    public TextBuilder(Text source) {
        this.source = source;
        this.in = source.current();
        this.out = new char[Math.max(16, in.length())];
    }

    private void grow(int needed) {
        if (needed > out.length) {
            out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
        }
    }

    private void append(String s, int from, int to) {
        grow(length + to - from);
        s.getChars(from, to, out, length);
        length += to - from;
    }

    private void append(CharSequence s) {
        int n = s.length();
        if (s instanceof String string) {
            append(string, 0, n);
            return;
        }
        grow(length + n);
        for (int i = 0; i < n; i++) {
            out[length++] = s.charAt(i);
        }
    }

    private void appendCodePoint(int codePoint) {
        grow(length + 2);
        length += Character.toChars(codePoint, out, length);
    }

    /** Appends source chars {@code [from, to)} unchanged. */
    public TextBuilder copy(int from, int to) {
        if (from == to) {
            return this;
        }
        if (identity && from == length) {
            append(in, from, to);
            return this;
        }
        leaveIdentity();
        int k = length;
        append(in, from, to);
        ensure(length);
        for (int i = from; i < to; i++, k++) {
            starts[k] = i;
            ends[k] = i + 1;
        }
        return this;
    }

    /** Appends {@code replacement}, every char of which came from the source span {@code [from, to)}. */
    public TextBuilder replace(int from, int to, CharSequence replacement) {
        int n = replacement.length();
        if (identity && from == length && to - from == 1 && n == 1) {
            append(replacement);
            return this;
        }
        leaveIdentity();
        int k = length;
        append(replacement);
        ensure(length);
        for (int i = 0; i < n; i++, k++) {
            starts[k] = from;
            ends[k] = to;
        }
        return this;
    }

    /** Appends one code point that came from the source span {@code [from, to)}. */
    public TextBuilder replaceWithCodePoint(int from, int to, int codePoint) {
        if (identity && from == length && to - from == 1 && codePoint < 0x10000) {
            grow(length + 1);
            out[length++] = (char) codePoint;
            return this;
        }
        leaveIdentity();
        int k = length;
        appendCodePoint(codePoint);
        ensure(length);
        for (; k < length; k++) {
            starts[k] = from;
            ends[k] = to;
        }
        return this;
    }

    /** Drops source chars {@code [from, to)}: nothing is appended. */
    public TextBuilder delete(int from, int to) {
        if (from != to) {
            leaveIdentity();
        }
        return this;
    }

    /** Current output length in chars. */
    public int length() {
        return length;
    }

    /** The last output char, or -1 when the output is empty. */
    public int lastChar() {
        return length == 0 ? -1 : out[length - 1];
    }

    /** Shortens the output to {@code newLength} chars. */
    public TextBuilder truncate(int newLength) {
        if (newLength < length) {
            leaveIdentity();
            length = newLength;
        }
        return this;
    }

    /** The new text; the source itself when nothing changed. */
    public Text build() {
        String s = new String(out, 0, length);
        if (identity) {
            if (s.length() == in.length()) {
                return s.equals(in) ? source : source.derive(s, null, null);
            }
            // a prefix copy: identity alignment of the shorter text
            leaveIdentity();
        }
        if (s.equals(in) && isIdentityMapping()) {
            return source;
        }
        return source.derive(s, starts, ends);
    }

    private boolean isIdentityMapping() {
        for (int k = 0; k < length; k++) {
            if (starts[k] != k || ends[k] != k + 1) {
                return false;
            }
        }
        return true;
    }

    private void leaveIdentity() {
        if (!identity) {
            return;
        }
        identity = false;
        int n = length;
        starts = new int[Math.max(16, in.length() + 1)];
        ends = new int[starts.length];
        for (int k = 0; k < n; k++) {
            starts[k] = k;
            ends[k] = k + 1;
        }
    }

    private void ensure(int n) {
        if (n > starts.length) {
            int cap = Math.max(n, starts.length * 2);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
    }
}
