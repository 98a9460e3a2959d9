package org.zhpipe.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes URLs and e-mail addresses where a token starts, so segmenters keep them whole. ASCII only (an address
 * ends where Han text or white space begins); trailing sentence punctuation ({@code . , ; : ! ? ) ' "}) is left
 * out. Immutable, thread-safe.
 */
final class WebAddresses {
    private static final Pattern URL = Pattern.compile(
            "(?:(?i:https?|ftp)://[A-Za-z0-9]|(?i:www)\\.[A-Za-z0-9-])[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private WebAddresses() {
    }

    /** The end of the URL or e-mail address starting at {@code i} of {@code s}, or -1. */
    static int end(String s, int i) {
        char c = s.charAt(i);
        if (!isAlnum(c)) {
            return -1;
        }
        if (isUrl(s, i)) {
            Matcher m = URL.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                return trim(s, i, m.end());
            }
        }
        // an e-mail address needs an @ after a run of local-part characters
        int j = i;
        while (j < s.length() && isLocalPart(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '@') {
            Matcher m = EMAIL.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    /** Whether a URL (rather than an e-mail address) may start at {@code i}: a scheme or {@code www.}. */
    static boolean isUrl(String s, int i) {
        return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                || s.regionMatches(true, i, "ftp://", 0, 6) || s.regionMatches(true, i, "www.", 0, 4);
    }

    private static int trim(String s, int start, int end) {
        while (end > start && ".,;:!?)]'\"".indexOf(s.charAt(end - 1)) >= 0 && !closesOpen(s, start, end)) {
            end--;
        }
        return end;
    }

    /** A closing parenthesis or bracket that closes one opened inside the URL stays: {@code .../Foo_(bar)}. */
    private static boolean closesOpen(String s, int start, int end) {
        char close = s.charAt(end - 1);
        char open = close == ')' ? '(' : close == ']' ? '[' : 0;
        if (open == 0) {
            return false;
        }
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth >= 0;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isLocalPart(char c) {
        return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
