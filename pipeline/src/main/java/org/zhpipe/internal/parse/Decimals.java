package org.zhpipe.internal.parse;

/**
 * The one decimal-number parser of the data-file readers (IDF tables, the HMM): {@code [+-]digits[.digits]
 * [(e|E)[+-]digits]} with digits on at least one side of the point, read to the nearest double (ties to even), as
 * {@link Double#parseDouble} and Python's {@code float()} read it, bit for bit. Plain decimals of up to 18
 * significant digits (all of jieba's values) are computed without {@code Double.parseDouble}, whose big-integer
 * arithmetic costs more than the rest of a bundled file in a fresh JVM: the quotient m / 10^k in double, corrected to
 * the nearest double by exact 128-bit comparisons against the midpoints to its neighbours. Stateless.
 */
public final class Decimals {
    /** 10^0 to 10^18. */
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
            1_000_000_000_000_000_000L};

    private Decimals() {
    }

    /** The decimal number {@code text[from, to)} (see the class comment), or NaN when it is not one. */
    public static double parse(char[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (i < to && (text[i] == '-' || text[i] == '+')) {
            i++;
        }
        long m = 0;
        int significant = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                fraction += point ? 1 : 0;
                if (m == 0 && c == '0') {
                    continue;
                }
                if (++significant <= 18) {
                    m = m * 10 + (c - '0');
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to) {
            // an exponent, or not a number
            if (text[i] != 'e' && text[i] != 'E') {
                return Double.NaN;
            }
            i++;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            if (i == to) {
                return Double.NaN;
            }
            for (; i < to; i++) {
                if (text[i] < '0' || text[i] > '9') {
                    return Double.NaN;
                }
            }
            return Double.parseDouble(new String(text, from, to - from));
        }
        if (significant > 18 || fraction >= POWERS_OF_TEN.length) {
            return Double.parseDouble(new String(text, from, to - from));
        }
        double d = m == 0 ? 0.0 : nearestQuotient(m, POWERS_OF_TEN[fraction]);
        if (Double.isNaN(d)) {
            return Double.parseDouble(new String(text, from, to - from));
        }
        return negative ? -d : d;
    }

    /**
     * The double nearest to {@code m / p} (ties to the even one) for 0 < m < 10^18 and p a power of ten up to
     * 10^18, or NaN when the result is too large or too small for the exact comparisons (below 2^-11 or from 2^53).
     * {@code m / p} in double arithmetic is off by at most one unit in the last place, so comparing the exact quotient
     * with the midpoints to the neighbours of the result finds the right one.
     */
    private static double nearestQuotient(long m, long p) {
        double d = (double) m / (double) p;
        for (int round = 0; round < 3; round++) {
            long bits = Double.doubleToRawLongBits(d);
            int exponent = (int) (bits >>> 52);
            if (exponent < 1013 || exponent > 1076) {
                return Double.NaN;
            }
            // d = x * 2^(exponent - 1075), x of 53 bits
            long x = (bits & 0xFFFFFFFFFFFFFL) | 0x10000000000000L;
            int above = compareQuotient(m, p, 2 * x + 1, 1076 - exponent);
            if (above > 0 || above == 0 && (x & 1) != 0) {
                d = Math.nextUp(d);
                continue;
            }
            // below a power of two the next double down is half as far
            int below = x == 0x10000000000000L ? compareQuotient(m, p, 4 * x - 1, 1077 - exponent)
                    : compareQuotient(m, p, 2 * x - 1, 1076 - exponent);
            if (below < 0 || below == 0 && (x & 1) != 0) {
                d = Math.nextDown(d);
                continue;
            }
            return d;
        }
        return Double.NaN;
    }

    /**
     * The sign of {@code m / p - mid / 2^shift}, for 0 < m < 2^63, 0 < p < 2^60, 0 < mid < 2^55 and shift from 0 to
     * 64: {@code m * 2^shift} against {@code mid * p}, both below 2^127.
     */
    private static int compareQuotient(long m, long p, long mid, int shift) {
        long leftHigh = shift == 0 ? 0 : shift == 64 ? m : m >>> (64 - shift);
        long leftLow = shift == 64 ? 0 : m << shift;
        int c = Long.compare(leftHigh, Math.multiplyHigh(mid, p));
        return c != 0 ? c : Long.compareUnsigned(leftLow, mid * p);
    }
}
