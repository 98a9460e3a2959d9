package org.zhpipe.pii;

import static org.zhpipe.pii.Boundaries.is;
import static org.zhpipe.pii.Boundaries.isDigitAt;
import static org.zhpipe.pii.Boundaries.numberMayEnd;
import static org.zhpipe.pii.Boundaries.numberMayStart;
import static org.zhpipe.pii.Boundaries.startsWith;

/**
 * Finds the numbers among personal data where a digit starts a number: mainland mobile and landline numbers,
 * resident ID numbers (18 and 15 digits) and bank card numbers. Each is a layout of {@link DigitGroups} plus its
 * checks; a candidate is any run of whole groups, the longest first, starting at the first group or after a space
 * (a dash joins groups into one code, so {@code 2023-13812345678} holds no phone number), that may start and end
 * there ({@link Boundaries}). Immutable and thread-safe; the groups are the caller's scratch space.
 *
 * <ul>
 *   <li>Mobile: {@code 1[3-9]} and nine digits, as 11, 3-4-4 or 3-8 digits, after an optional {@code +86},
 *       {@code 0086} or {@code 86}.</li>
 *   <li>Landline: an area code ({@code 010}, {@code 02x}, {@code 0[3-9]xx}; without its 0 after {@code +86} or
 *       {@code 0086}) and a local number of 7 or 8 digits starting with 2–9 (8 after a three-digit code), separated
 *       by a space or a dash, written together, or with the area code in parentheses; then an optional extension
 *       ({@code -123}, {@code 转123}, {@code 分机123}, {@code ext. 123}).</li>
 *   <li>Resident ID: {@link Checksums#isResidentId18} as 18 or 6-8-4 characters, the last 0–9 or X;
 *       {@link Checksums#isResidentId15} as 15 or 6-6-3 digits.</li>
 *   <li>Bank card: 13–19 digits as one run or in groups of four (American Express 4-6-5), the Luhn check and a
 *       card prefix ({@link Checksums#isCardPrefix}).</li>
 * </ul>
 * Where several fit the same digits the order above decides: an ID number, then a card, then a phone.
 */
final class NumberRecognizer {
    private static final int ID18_GROUPS = 1 << 6 | 1 << 14;
    private static final int ID15_GROUPS = 1 << 6 | 1 << 12;
    private static final int AMEX_GROUPS = 1 << 4 | 1 << 10;
    private static final String[] EXTENSIONS = {"转", "分机", "ext.", "ext", "x"};

    private final boolean mobile;
    private final boolean landline;
    private final boolean idCard;
    private final boolean bankCard;

    NumberRecognizer(boolean mobile, boolean landline, boolean idCard, boolean bankCard) {
        this.mobile = mobile;
        this.landline = landline;
        this.idCard = idCard;
        this.bankCard = bankCard;
    }

    boolean isOn() {
        return mobile || landline || idCard || bankCard;
    }

    /**
     * Finds the first number of personal data among the groups that start at {@code i}, an ASCII digit after no
     * digit, reports it and returns its end; or returns -1, and then {@code g} says where the groups end.
     */
    int match(String s, int i, DigitGroups g, PiiScanner.Sink sink) {
        if (landline && i > 0 && (s.charAt(i - 1) == '(' || s.charAt(i - 1) == '\uFF08')) {
            int end = parenthesizedLandline(s, i, g);
            if (end > 0) {
                sink.match(PiiType.LANDLINE, i - 1, end);
                return end;
            }
        }
        g.parse(s, i);
        for (int k = 0; k < g.count; k++) {
            if (k > 0 ? g.separator[k] != ' ' : !numberMayStart(s, i)) {
                continue;
            }
            boolean plus = k == 0 && is(s, i - 1, '+');
            for (int m = Math.min(g.count - 1, k + 5); m >= k; m--) {
                if (!g.load(s, k, m)) {
                    continue;
                }
                int end = classify(s, g, m, plus, sink, plus ? i - 1 : g.start[k]);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Checks the loaded groups {@code ..m} against each layout; reports and returns the end of the first that fits. */
    private int classify(String s, DigitGroups g, int m, boolean plus, PiiScanner.Sink sink, int start) {
        int[] d = g.digits;
        int length = g.length;
        int bounds = g.bounds;
        int end = g.end[m];
        if (idCard && !plus) {
            if (length == 17 && m == g.count - 1 && g.checkX && (bounds == 0 || bounds == ID18_GROUPS)
                    && Checksums.isResidentId18(d, 10) && numberMayEnd(s, end + 1)) {
                return report(sink, PiiType.ID_CARD, start, end + 1);
            }
            if (length == 18 && (bounds == 0 || bounds == ID18_GROUPS) && Checksums.isResidentId18(d, d[17])
                    && numberMayEnd(s, end)) {
                return report(sink, PiiType.ID_CARD, start, end);
            }
            if (length == 15 && (bounds == 0 || bounds == ID15_GROUPS) && Checksums.isResidentId15(d)
                    && numberMayEnd(s, end)) {
                return report(sink, PiiType.ID_CARD, start, end);
            }
        }
        if (!numberMayEnd(s, end) && !(landline && Boundaries.isDashAt(s, end))) {
            return -1;
        }
        if (bankCard && !plus && length >= 13 && isCardLayout(bounds, length) && Checksums.isCardPrefix(d, length)
                && Checksums.luhn(d, length) && numberMayEnd(s, end)) {
            return report(sink, PiiType.BANK_CARD, start, end);
        }
        if (mobile && isMobile(d, length, bounds, plus) && numberMayEnd(s, end)) {
            return report(sink, PiiType.PHONE, start, end);
        }
        if (landline && isLandline(d, length, bounds, plus)) {
            int withExtension = extension(s, g, m);
            if (withExtension > 0) {
                return report(sink, PiiType.LANDLINE, start, withExtension);
            }
        }
        return -1;
    }

    private static int report(PiiScanner.Sink sink, PiiType type, int start, int end) {
        sink.match(type, start, end);
        return end;
    }

    /**
     * The end of a mobile number written from {@code p} (a digit, or the {@code +} of {@code +86}), as a labelled
     * WeChat ID may be one; -1 if none is there.
     */
    int mobileAt(String s, int p, DigitGroups g) {
        boolean plus = is(s, p, '+');
        int from = plus ? p + 1 : p;
        if (!isDigitAt(s, from) || !numberMayStart(s, from)) {
            return -1;
        }
        g.parse(s, from);
        for (int m = Math.min(g.count - 1, 5); m >= 0; m--) {
            if (g.load(s, 0, m) && isMobile(g.digits, g.length, g.bounds, plus) && numberMayEnd(s, g.end[m])) {
                return g.end[m];
            }
        }
        return -1;
    }

    private static boolean isCardLayout(int bounds, int length) {
        if (bounds == 0) {
            return true;
        }
        int fours = 0;
        for (int j = 4; j < length; j += 4) {
            fours |= 1 << j;
        }
        return bounds == fours || length == 15 && bounds == AMEX_GROUPS;
    }

    /** {@code 1[3-9]} and nine digits, possibly after +86, 0086 or 86, as 11, 3-4-4 or 3-8 digits. */
    static boolean isMobile(int[] d, int length, int bounds, boolean plus) {
        int prefix;
        if (plus) {
            if (length < 2 || d[0] != 8 || d[1] != 6) {
                return false;
            }
            prefix = 2;
        } else if (length == 15 && d[0] == 0 && d[1] == 0 && d[2] == 8 && d[3] == 6) {
            prefix = 4;
        } else if (length == 13 && d[0] == 8 && d[1] == 6) {
            prefix = 2;
        } else {
            prefix = 0;
        }
        if (length - prefix != 11 || d[prefix] != 1 || d[prefix + 1] < 3) {
            return false;
        }
        if ((bounds & (1 << prefix) - 1) != 0) {
            return false; // a group boundary inside the prefix
        }
        int rest = bounds >>> prefix & ~1;
        return rest == 0 || rest == (1 << 3 | 1 << 7) || rest == 1 << 3;
    }

    /** An area code and a local number of 7 or 8 digits, possibly after +86, 0086 or 86 (see the class comment). */
    static boolean isLandline(int[] d, int length, int bounds, boolean plus) {
        int prefix = 0;
        if (plus) {
            if (length < 2 || d[0] != 8 || d[1] != 6) {
                return false;
            }
            prefix = 2;
        } else if (length > 4 && d[0] == 0 && d[1] == 0 && d[2] == 8 && d[3] == 6) {
            prefix = 4;
        } else if (length > 2 && d[0] == 8 && d[1] == 6 && (bounds & 1 << 2) != 0) {
            prefix = 2;
        }
        int area;
        if (prefix > 0) {
            // the area code without its trunk 0: 10, 2x, or three digits from 3xx to 9xx
            area = d[prefix] == 0 ? 0 : d[prefix] == 1 ? (d[prefix + 1] == 0 ? 2 : 0) : d[prefix] == 2 ? 2 : 3;
        } else {
            area = d[0] != 0 ? 0 : d[1] == 1 ? (d[2] == 0 ? 3 : 0) : d[1] == 2 ? 3 : d[1] >= 3 ? 4 : 0;
        }
        if (area == 0) {
            return false;
        }
        int localStart = prefix + area;
        int local = length - localStart;
        boolean shortArea = area == (prefix > 0 ? 2 : 3);
        if (!(local == 8 || local == 7 && !shortArea) || d[localStart] < 2) {
            return false;
        }
        int allowedBefore = prefix > 0 ? 1 << prefix : 0;
        if ((bounds & (1 << localStart) - 1 & ~allowedBefore) != 0) {
            return false;
        }
        int inLocal = bounds >>> localStart & ~1;
        return inLocal == 0 || local == 8 && inLocal == 1 << 4 || local == 7 && inLocal == 1 << 3;
    }

    /**
     * The end of a landline number whose groups end with group {@code m}, with its extension if it has one; -1 when
     * it may not end there.
     */
    private static int extension(String s, DigitGroups g, int m) {
        int end = g.end[m];
        if (m + 1 < g.count && g.separator[m + 1] == '-') {
            int extension = g.groupLength(m + 1);
            return extension <= 6 && numberMayEnd(s, g.end[m + 1]) ? g.end[m + 1] : -1;
        }
        if (!numberMayEnd(s, end)) {
            return -1;
        }
        int p = is(s, end, ' ') ? end + 1 : end;
        for (String word : EXTENSIONS) {
            if (startsWith(s, p, word) && !(word.equals("x") && !isDigitAt(s, p + 1))) {
                int q = p + word.length();
                q = is(s, q, ' ') ? q + 1 : q;
                int digitsEnd = q;
                while (isDigitAt(s, digitsEnd)) {
                    digitsEnd++;
                }
                if (digitsEnd > q && digitsEnd - q <= 6 && numberMayEnd(s, digitsEnd)) {
                    return digitsEnd;
                }
                break;
            }
        }
        return end;
    }

    /**
     * A landline number with its area code in parentheses, {@code (010)12345678} or {@code （0755） 1234-5678}: the
     * end, or -1. {@code i} is the first digit of the area code, after the opening parenthesis.
     */
    private static int parenthesizedLandline(String s, int i, DigitGroups g) {
        int p = i;
        while (isDigitAt(s, p) && p - i <= 4) {
            p++;
        }
        int area = p - i;
        if (area < 3 || area > 4 || s.charAt(i) != '0' || !(is(s, p, ')') || is(s, p, '\uFF09'))) {
            return -1;
        }
        int second = s.charAt(i + 1) - '0';
        int expected = second == 1 ? (s.charAt(i + 2) == '0' ? 3 : 0) : second == 2 ? 3 : second >= 3 ? 4 : 0;
        if (area != expected) {
            return -1;
        }
        int q = p + 1;
        if (is(s, q, ' ') || Boundaries.isDashAt(s, q)) {
            q++;
        }
        if (!isDigitAt(s, q)) {
            return -1;
        }
        g.parse(s, q);
        for (int m = Math.min(g.count - 1, 1); m >= 0; m--) {
            if (!g.load(s, 0, m)) {
                continue;
            }
            int local = g.length;
            int inLocal = g.bounds;
            if ((local == 8 || local == 7 && area == 4) && g.digits[0] >= 2
                    && (inLocal == 0 || local == 8 && inLocal == 1 << 4 || local == 7 && inLocal == 1 << 3)) {
                int end = extension(s, g, m);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }
}
