package org.zhpipe.text;

/**
 * The one rule for what a placeholder looks like, so the stage that writes one and the segmenters that read it agree:
 * {@code <}, an upper-case ASCII letter, then upper-case ASCII letters, digits and {@code _}, then {@code >}, at most
 * {@link #MAX_LENGTH} chars in all: {@code <PHONE>}, {@code <ID_CARD>}, {@code <IPV4>}. The segmenters ({@code tokenize},
 * {@code segment}) keep such a run as one token of type {@link TokenType#PLACEHOLDER}, whoever wrote it: the
 * {@code pii} stage, an earlier tool, or the author of the text. Stateless.
 *
 * <pre>{@code
 * Placeholders.isPlaceholder("<PHONE>");          // true
 * Placeholders.end("电话<PHONE>。", 2);            // 9
 * Placeholders.isPlaceholder("<phone>");          // false: lower case
 * }</pre>
 */
public final class Placeholders {
    /** The longest placeholder in chars, brackets included. */
    public static final int MAX_LENGTH = 64;

    private Placeholders() {
    }

    /** Whether {@code s} as a whole is a placeholder. */
    public static boolean isPlaceholder(CharSequence s) {
        return s.length() > 0 && end(s, 0) == s.length();
    }

    /** The end (exclusive) of the placeholder that starts at {@code i} of {@code s}, or -1 when none starts there. */
    public static int end(CharSequence s, int i) {
        int n = Math.min(s.length(), i + MAX_LENGTH);
        if (i + 2 >= n || s.charAt(i) != '<' || !isUpper(s.charAt(i + 1))) {
            return -1;
        }
        for (int k = i + 2; k < n; k++) {
            char c = s.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (!isUpper(c) && !(c >= '0' && c <= '9') && c != '_') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
