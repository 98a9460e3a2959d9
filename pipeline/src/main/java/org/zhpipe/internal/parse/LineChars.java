package org.zhpipe.internal.parse;

/**
 * White space in a line held as a range of a {@code char[]}, as {@link String#strip} sees it, for the byte-level
 * readers of data files that parse lines without making a {@code String} of each.
 */
public final class LineChars {
    private LineChars() {
    }

    /**
     * {@link Character#isWhitespace}, answered without it for most chars (the white space above ASCII is U+1680 to
     * U+3000); small enough for the JIT's first tier to inline.
     */
    public static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680' && c <= '\u3000') && Character.isWhitespace(c);
    }

    /** The first index in {@code [from, to)} that is not white space, or {@code to}. */
    public static int stripStart(char[] text, int from, int to) {
        while (from < to && isWhitespace(text[from])) {
            from++;
        }
        return from;
    }

    /** One past the last index in {@code [from, to)} that is not white space, or {@code from}. */
    public static int stripEnd(char[] text, int from, int to) {
        while (to > from && isWhitespace(text[to - 1])) {
            to--;
        }
        return to;
    }
}
