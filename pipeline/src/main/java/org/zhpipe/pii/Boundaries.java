package org.zhpipe.pii;

import org.zhpipe.text.Placeholders;

/**
 * The character classes every recognizer of the scanner shares, and its boundary rule: a match never starts right
 * after, or ends right before, a letter or a digit, so nothing is found inside a longer word or digit run
 * ({@code 13812345678} inside a 20-digit number, {@code ID13812345678}). Letters are ASCII letters; digits are every
 * decimal digit, so a full-width {@code １} next to ASCII digits also blocks. Stateless.
 */
final class Boundaries {
    private Boundaries() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isLetter(c);
    }

    static boolean isHex(char c) {
        char lower = (char) (c | 0x20);
        return isDigit(c) || lower >= 'a' && lower <= 'f';
    }

    /**
     * A dash between the groups of a number: the hyphen-minus, its full-width form (－, typed in a Chinese input
     * method's full-width mode) and the Unicode hyphens and dashes U+2010–U+2014.
     */
    static boolean isDash(char c) {
        return c == '-' || c == '\uFF0D' || c >= '\u2010' && c <= '\u2014';
    }

    static boolean isDashAt(String s, int i) {
        return i >= 0 && i < s.length() && isDash(s.charAt(i));
    }

    /**
     * Whether the char at {@code i} (which may be out of bounds) glues to a word or number: a letter or a digit, or
     * the bracket of a placeholder such as {@code <PHONE>}, which stands for masked letters and digits. Every check
     * of what stands next to a candidate asks this (or {@link #isNumberLike}), never for a plain ASCII letter or
     * digit, so masking a text twice finds nothing new next to the first placeholders.
     */
    static boolean isWordChar(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '>') {
            for (int open = i - 2; open >= 0 && i - open < Placeholders.MAX_LENGTH; open--) {
                if (s.charAt(open) == '<') {
                    return Placeholders.end(s, open) == i + 1;
                }
            }
            return false;
        }
        if (c == '<') {
            return Placeholders.end(s, i) > 0;
        }
        return c < 0x80 ? isAlnum(c) : Character.isDigit(c);
    }

    static boolean isDigitAt(String s, int i) {
        return i >= 0 && i < s.length() && isDigit(s.charAt(i));
    }

    static boolean isAlnumAt(String s, int i) {
        return i >= 0 && i < s.length() && isAlnum(s.charAt(i));
    }

    static boolean is(String s, int i, char c) {
        return i >= 0 && i < s.length() && s.charAt(i) == c;
    }

    /** Whether the char at {@code i} is a decimal digit, or the bracket of a placeholder (which may stand for one). */
    static boolean isNumberLike(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '<' || c == '>' ? isWordChar(s, i) : Character.isDigit(c);
    }

    /**
     * Whether a number may start at {@code start}: no letter or digit before it, and not the fraction of a decimal or
     * a later part of a dotted or dashed number ({@code 3.13812345678}, {@code 1.2.3}, {@code 2023-13812345678}) or
     * of an IPv6 address ({@code 2001:db8::13812345678}); {@code No.13812345678} may.
     */
    static boolean numberMayStart(String s, int start) {
        return !isWordChar(s, start - 1)
                && !((is(s, start - 1, '.') || isDashAt(s, start - 1)) && isNumberLike(s, start - 2))
                && !(is(s, start - 1, ':') && is(s, start - 2, ':'));
    }

    /**
     * Whether a number may end at {@code end}: no letter or digit after it, and not followed by a decimal fraction or
     * another dotted or dashed part ({@code 13812345678.5}, {@code 138-1234-5678-9}), or by the {@code ::} of an IPv6
     * address.
     */
    static boolean numberMayEnd(String s, int end) {
        if (isWordChar(s, end)) {
            return false;
        }
        return !((is(s, end, '.') || isDashAt(s, end)) && isNumberLike(s, end + 1))
                && !(is(s, end, ':') && is(s, end + 1, ':'));
    }

    /** Skips spaces (ASCII, no-break, ideographic) from {@code i}. */
    static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0' || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    /** Skips one colon, ASCII or full-width, if there is one at {@code i}. */
    static int skipColon(String s, int i) {
        return i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '\uFF1A') ? i + 1 : i;
    }

    /** The end of the run of ASCII letters and digits from {@code i}. */
    static int alnumRunEnd(String s, int i) {
        while (i < s.length() && isAlnum(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code s} holds {@code word} at {@code i}, ASCII letters compared ignoring case. */
    static boolean startsWith(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    /**
     * Whether the text before {@code end} ends with {@code word} as a whole word: ignoring case, and, when the word
     * starts with an ASCII letter, with no letter before it.
     */
    static boolean endsWithWord(String s, int end, String word) {
        int start = end - word.length();
        return start >= 0 && s.regionMatches(true, start, word, 0, word.length())
                && !(isLetter(word.charAt(0)) && start > 0 && isLetter(s.charAt(start - 1)));
    }
}
