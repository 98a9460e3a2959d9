package org.zhpipe.pii;

import static org.zhpipe.pii.Boundaries.isDigitAt;
import static org.zhpipe.pii.Boundaries.isWordChar;

/**
 * Identity card numbers of Hong Kong and Taiwan, found where an upper-case letter starts a word; each needs its check
 * character to be right ({@link Checksums}). Stateless.
 *
 * <ul>
 *   <li>Hong Kong: one or two letters, six digits and the check character (0–9 or A) in parentheses, ASCII or
 *       full-width: {@code A123456(3)}, {@code AB987654（2）}. Without the parentheses a letter and seven digits are
 *       too common as product codes to be taken.</li>
 *   <li>Taiwan: a letter, 1 or 2, and eight digits (the last the check digit): {@code A123456789}; no letter or digit
 *       after it.</li>
 * </ul>
 */
final class RegionalIds {
    private RegionalIds() {
    }

    /** A Hong Kong identity card number at {@code i} (an upper-case letter): its end, or -1. */
    static int hongKong(String s, int i) {
        int letterCount = isUpper(s, i + 1) ? 2 : 1;
        int p = i + letterCount;
        for (int k = 0; k < 6; k++) {
            if (!isDigitAt(s, p + k)) {
                return -1;
            }
        }
        p += 6;
        if (p + 2 >= s.length() || !(s.charAt(p) == '(' || s.charAt(p) == '\uFF08')
                || !(s.charAt(p + 2) == ')' || s.charAt(p + 2) == '\uFF09')) {
            return -1;
        }
        char c = s.charAt(p + 1);
        int check = c >= '0' && c <= '9' ? c - '0' : c == 'A' ? 10 : -1;
        int[] letters = new int[2];
        int[] digits = new int[6];
        for (int k = 0; k < letterCount; k++) {
            letters[k] = s.charAt(i + k) - 'A' + 10;
        }
        for (int k = 0; k < 6; k++) {
            digits[k] = s.charAt(i + letterCount + k) - '0';
        }
        return check >= 0 && Checksums.isHongKongId(letters, letterCount, digits, check) ? p + 3 : -1;
    }

    /** A Taiwan national ID number at {@code i} (an upper-case letter): its end, or -1. */
    static int taiwan(String s, int i) {
        int end = i + 10;
        if (end > s.length() || !(s.charAt(i + 1) == '1' || s.charAt(i + 1) == '2') || isWordChar(s, end)) {
            return -1;
        }
        int[] d = new int[9];
        for (int k = 0; k < 9; k++) {
            char c = s.charAt(i + 1 + k);
            if (c < '0' || c > '9') {
                return -1;
            }
            d[k] = c - '0';
        }
        return Checksums.isTaiwanId(s.charAt(i), d) ? end : -1;
    }

    private static boolean isUpper(String s, int i) {
        return i < s.length() && Boundaries.isUpper(s.charAt(i));
    }
}
