package org.zhpipe.pii;

/**
 * A number as people write it: runs of ASCII digits joined by single spaces or dashes ({@code 138 1234 5678},
 * {@code 0755-12345678}, {@code 0755－12345678}, {@code 6222 0212 3456 7890}; {@link Boundaries#isDash}), parsed once where it starts; then any consecutive groups
 * loaded as one digit string with the places where the groups met ({@link #bounds}), which is what the recognizers
 * check layouts against. Scratch space of one scan: not thread-safe.
 */
final class DigitGroups {
    /** Groups beyond this many are left for the next number. */
    static final int MAX_GROUPS = 8;
    /** The most digits {@link #load} takes: a 19-digit card number. */
    static final int MAX_DIGITS = 19;

    final int[] start = new int[MAX_GROUPS];
    final int[] end = new int[MAX_GROUPS];
    /** The char between group {@code k - 1} and group {@code k}: a space, or {@code -} for any dash. */
    final char[] separator = new char[MAX_GROUPS];
    int count;
    /** Whether an X or x follows the last group, with no letter or digit after it: a resident ID's check character. */
    boolean checkX;

    /** The digits of the loaded groups. */
    final int[] digits = new int[MAX_DIGITS];
    int length;
    /** Bit {@code j} set: two groups met after {@code j} digits of the loaded ones. */
    int bounds;

    /** Parses the groups that start at {@code from}, an ASCII digit. */
    void parse(String s, int from) {
        int n = s.length();
        count = 0;
        int p = from;
        while (true) {
            int groupStart = p;
            while (p < n && Boundaries.isDigit(s.charAt(p))) {
                p++;
            }
            start[count] = groupStart;
            end[count] = p;
            count++;
            if (count == MAX_GROUPS || p + 1 >= n) {
                break;
            }
            char c = s.charAt(p);
            if ((c == ' ' || Boundaries.isDash(c)) && Boundaries.isDigit(s.charAt(p + 1))) {
                separator[count] = c == ' ' ? ' ' : '-';
                p++;
            } else {
                break;
            }
        }
        int last = end[count - 1];
        checkX = last < n && (s.charAt(last) == 'X' || s.charAt(last) == 'x') && !Boundaries.isWordChar(s, last + 1);
    }

    /** Where the last group ends. */
    int lastEnd() {
        return end[count - 1];
    }

    int groupLength(int k) {
        return end[k] - start[k];
    }

    /** Loads groups {@code k..m} into {@link #digits}, {@link #length} and {@link #bounds}; false if too long. */
    boolean load(String s, int k, int m) {
        int total = 0;
        for (int g = k; g <= m; g++) {
            total += end[g] - start[g];
        }
        if (total > MAX_DIGITS) {
            return false;
        }
        length = 0;
        bounds = 0;
        for (int g = k; g <= m; g++) {
            if (g > k) {
                bounds |= 1 << length;
            }
            for (int p = start[g]; p < end[g]; p++) {
                digits[length++] = s.charAt(p) - '0';
            }
        }
        return true;
    }
}
