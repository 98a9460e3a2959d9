package org.zhpipe.pii;

import static org.zhpipe.pii.Boundaries.is;
import static org.zhpipe.pii.Boundaries.isAlnum;
import static org.zhpipe.pii.Boundaries.isAlnumAt;
import static org.zhpipe.pii.Boundaries.isDigit;
import static org.zhpipe.pii.Boundaries.isDigitAt;
import static org.zhpipe.pii.Boundaries.isLetter;
import static org.zhpipe.pii.Boundaries.isWordChar;
import static org.zhpipe.pii.Boundaries.skipColon;
import static org.zhpipe.pii.Boundaries.skipSpaces;
import static org.zhpipe.pii.Boundaries.startsWith;

/**
 * QQ numbers and WeChat IDs, which look like any other number or word and are personal data only where a label
 * says what they are: {@code QQ：12345678}, {@code 微信号: zhang_san88}, {@code vx 13812345678}. The label stays; the
 * ID after it is the match. Stateless.
 *
 * <ul>
 *   <li>QQ: {@code QQ} or {@code qq} (any case, not inside a word), optionally 号, 号码 or 账号, optionally
 *       {@code /} and a WeChat label ({@code QQ/微信：12345678}: digits are a QQ number), then optional spaces,
 *       a colon (ASCII or full-width) or 是/为, and a QQ number: 5–11 digits, the first not 0, not followed by a
 *       letter, a digit, {@code @} (then it is an e-mail address) or a dotted part. {@code QQ群} (a group) is not a
 *       label.</li>
 *   <li>WeChat: 微信, {@code vx}, {@code wx}, {@code weixin}, {@code wechat}, {@code v信} (any case, not inside a
 *       word), optionally 号, 号码, 账号 or ID, then the same separators, and a WeChat ID: a letter, then letters,
 *       digits, {@code _} and {@code -}, 6–20 in all; or a mobile number. Without a colon or 号/ID (a "weak" label such
 *       as {@code 微信 abc123}), the ID must hold a digit, {@code _} or {@code -}, so that ordinary words after
 *       微信 are not taken.</li>
 * </ul>
 * A WeChat label joined to another ({@code 微信/电话：13812345678}) is no label here: the number is then found as
 * what it is in its own right, a phone number.
 */
final class Labels {
    private static final String[] QQ_SUFFIXES = {"号码", "号", "號", "账号"};
    private static final String[] WECHAT_LABELS = {"weixin", "wechat", "vx", "wx", "v信"};
    private static final String[] WECHAT_SUFFIXES = {"号码", "号", "號", "账号", "ID", "id"};

    private Labels() {
    }

    /** The start of the ID after a label that ends at {@code p}, or -1; {@code strong[0]} says whether it was strong. */
    private static int afterSeparators(String s, int p, boolean suffix, boolean[] strong) {
        int q = skipSpaces(s, p);
        int colon = skipColon(s, q);
        strong[0] = suffix || colon > q;
        q = skipSpaces(s, colon);
        if (is(s, q, '是') || is(s, q, '为')) {
            q = skipSpaces(s, q + 1);
        }
        return q < s.length() ? q : -1;
    }

    private static int suffixEnd(String s, int p, String[] suffixes) {
        for (String suffix : suffixes) {
            if (startsWith(s, p, suffix) && !(isLetter(suffix.charAt(0)) && isAlnumAt(s, p + suffix.length()))) {
                return p + suffix.length();
            }
        }
        return p;
    }

    /**
     * A labelled QQ number whose label starts at {@code i} (a Q or q after no letter or digit): reports the number and
     * returns its end, or -1.
     */
    static int qq(String s, int i, PiiScanner.Sink sink) {
        if (!(is(s, i + 1, 'Q') || is(s, i + 1, 'q'))) {
            return -1;
        }
        int p = i + 2;
        if (p < s.length() && isLetter(s.charAt(p))) {
            return -1;
        }
        int afterSuffix = suffixEnd(s, p, QQ_SUFFIXES);
        if (is(s, afterSuffix, '/') && afterSuffix + 1 < s.length()) {
            int other = labelEnd(s, afterSuffix + 1); // QQ/微信：12345678, the number of both
            if (other > 0) {
                afterSuffix = suffixEnd(s, other, WECHAT_SUFFIXES);
            }
        }
        boolean[] strong = new boolean[1];
        int q = afterSeparators(s, afterSuffix, afterSuffix > p, strong);
        if (q < 0 || !isDigit(s.charAt(q)) || s.charAt(q) == '0') {
            return -1;
        }
        int end = q;
        while (isDigitAt(s, end)) {
            end++;
        }
        int length = end - q;
        if (length < 5 || length > 11 || isWordChar(s, end) || is(s, end, '@')
                || (is(s, end, '.') || is(s, end, '-')) && isWordChar(s, end + 1)) {
            return -1;
        }
        sink.match(PiiType.QQ, q, end);
        return end;
    }

    /**
     * Whether a WeChat label may start at {@code i}: 微信, or the first two chars of an ASCII label ({@code vx},
     * {@code v信}, {@code wx}, {@code we...}); a cheap test before {@link #wechat}.
     */
    static boolean mayStartWechat(String s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        char next = s.charAt(i + 1);
        char lowerNext = (char) (next | 0x20);
        return c == '微' ? next == '信'
                : (c | 0x20) == 'v' ? lowerNext == 'x' || next == '信'
                : (c | 0x20) == 'w' && (lowerNext == 'x' || lowerNext == 'e');
    }

    /**
     * A labelled WeChat ID whose label starts at {@code i} (微, or a v or w after no letter or digit): reports the ID
     * and returns its end, or -1.
     */
    static int wechat(String s, int i, NumberRecognizer numbers, DigitGroups groups, PiiScanner.Sink sink) {
        int p = labelEnd(s, i);
        if (p < 0) {
            return -1;
        }
        int afterSuffix = suffixEnd(s, p, WECHAT_SUFFIXES);
        boolean[] strong = new boolean[1];
        int q = afterSeparators(s, afterSuffix, afterSuffix > p, strong);
        if (q < 0) {
            return -1;
        }
        char c = s.charAt(q);
        int end;
        if (isDigit(c) || c == '+') {
            end = numbers.mobileAt(s, q, groups);
        } else if (isLetter(c)) {
            end = wechatIdEnd(s, q, strong[0]);
        } else {
            end = -1;
        }
        if (end < 0) {
            return -1;
        }
        sink.match(PiiType.WECHAT, q, end);
        return end;
    }

    /** The end of the WeChat label at {@code i}, or -1. */
    private static int labelEnd(String s, int i) {
        if (s.charAt(i) == '微') {
            return is(s, i + 1, '信') ? i + 2 : -1;
        }
        for (String label : WECHAT_LABELS) {
            if (startsWith(s, i, label)) {
                int end = i + label.length();
                return end < s.length() && isLetter(s.charAt(end)) ? -1 : end;
            }
        }
        return -1;
    }

    /** A WeChat ID at {@code q} (a letter): 6–20 letters, digits, _ and -; with a weak label, one not a letter. */
    private static int wechatIdEnd(String s, int q, boolean strong) {
        int end = q;
        boolean notLetter = false;
        while (end < s.length() && (isAlnum(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '-')) {
            notLetter |= !isLetter(s.charAt(end));
            end++;
        }
        int length = end - q;
        if (length < 6 || length > 20 || !strong && !notLetter || is(s, end, '@')
                || is(s, end, '.') && isWordChar(s, end + 1) || isWordChar(s, end)) {
            return -1;
        }
        return end;
    }
}
