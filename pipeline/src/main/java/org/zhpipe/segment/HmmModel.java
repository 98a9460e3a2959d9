package org.zhpipe.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A character-level hidden Markov model for words the dictionary does not know (names, new words), as jieba's
 * {@code finalseg}: each code point is in state B (begins a word), M (inside), E (ends) or S (a word of its own);
 * {@link #cut} finds the most probable state sequence with Viterbi's algorithm and cuts after every E and S.
 * Probabilities are natural logs; what the model lacks is impossible ({@code -3.14e100}, jieba's convention).
 * Immutable and thread-safe.
 */
public final class HmmModel {
    static final String BUNDLED = "/org/zhpipe/segment/jieba/hmm.txt";
    private static final double IMPOSSIBLE = -3.14e100;
    private static final int B = 0;
    private static final int M = 1;
    private static final int E = 2;
    private static final int S = 3;
    private static final String STATES = "BMES";
    /** Rank of each state's letter in the alphabet, for jieba's tie-breaking. */
    private static final int[] STATES_BY_LETTER = {0, 2, 1, 3};
    /** The states each state may follow. */
    private static final int[][] PREVIOUS = {{E, S}, {M, B}, {B, M}, {S, E}};
    /** 10^0 to 10^18, for {@link #decimal}. */
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
            1_000_000_000_000_000_000L};

    private final double[] start;
    private final double[][] transition;
    /** Emission per state, by the index of the code point in {@link #codePoints}. */
    private final double[][] emission;
    private final int[] codePoints;

    private HmmModel(double[] start, double[][] transition, int[] codePoints, double[][] emission) {
        this.start = start;
        this.transition = transition;
        this.codePoints = codePoints;
        this.emission = emission;
    }

    /** jieba 0.42.1's model (MIT), bundled in the jar. */
    public static HmmModel bundled() {
        try (InputStream in = HmmModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled HMM " + BUNDLED + " is missing from the jar");
            }
            return read(in, "bundled jieba hmm.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the text format of {@code dictionaries/jieba/hmm.txt}: {@code start<TAB>S<TAB>lp},
     * {@code trans<TAB>F<TAB>T<TAB>lp}, {@code emit<TAB>S<TAB>char<TAB>lp}; {@code #} comments; UTF-8. Split by hand
     * in the bytes (TABs and line ends are ASCII, so they never occur inside a UTF-8 sequence), decoding only the
     * emitted characters and no map of boxed code points: this runs in a fresh JVM, mostly interpreted.
     */
    static HmmModel read(InputStream in, String name) throws IOException {
        byte[] text = WordListParser.readAll(in);
        int n = text.length;
        double[] start = new double[4];
        double[][] transition = new double[4][4];
        Arrays.fill(start, IMPOSSIBLE);
        for (double[] row : transition) {
            Arrays.fill(row, IMPOSSIBLE);
        }
        // emit records as (code point, state, log probability), in file order
        int[] emitCodePoint = new int[n / 16 + 16];
        byte[] emitState = new byte[emitCodePoint.length];
        double[] emitValue = new double[emitCodePoint.length];
        int emits = 0;
        // fields[k] is where field k starts; field k ends before fields[k + 1] - 1, the last one at the line end
        int[] fields = new int[5];
        int number = 0;
        for (int pos = 0; pos < n; ) {
            number++;
            int lineStart = pos;
            int count = 1;
            fields[0] = pos;
            int end = pos;
            for (; end < n; end++) {
                byte b = text[end];
                if (b == '\t') {
                    if (count < fields.length) {
                        fields[count++] = end + 1;
                    }
                } else if (b == '\n' || b == '\r') {
                    break;
                }
            }
            pos = end + 1 < n && text[end] == '\r' && text[end + 1] == '\n' ? end + 2 : end + 1;
            if (end == lineStart || text[lineStart] == '#') {
                continue;
            }
            try {
                int recordEnd = count > 1 ? fields[1] - 1 : end;
                if (is(text, lineStart, recordEnd, "emit")) {
                    need(count, 4);
                    if (emits == emitCodePoint.length) {
                        emitCodePoint = Arrays.copyOf(emitCodePoint, emits * 2);
                        emitState = Arrays.copyOf(emitState, emits * 2);
                        emitValue = Arrays.copyOf(emitValue, emits * 2);
                    }
                    emitState[emits] = (byte) state(text, fields[1], fields[2] - 1);
                    emitCodePoint[emits] = codePoint(text, fields[2], fields[3] - 1);
                    emitValue[emits] = number(text, fields, count, 3, end);
                    emits++;
                } else if (is(text, lineStart, recordEnd, "start")) {
                    need(count, 3);
                    start[state(text, fields[1], fields[2] - 1)] = number(text, fields, count, 2, end);
                } else if (is(text, lineStart, recordEnd, "trans")) {
                    need(count, 4);
                    transition[state(text, fields[1], fields[2] - 1)][state(text, fields[2], fields[3] - 1)] =
                            number(text, fields, count, 3, end);
                } else {
                    throw new IllegalArgumentException("unknown record "
                            + new String(text, lineStart, recordEnd - lineStart, StandardCharsets.UTF_8));
                }
            } catch (RuntimeException e) {
                throw new DictionaryException(name + ":" + number + ": " + e.getMessage()
                        + "; expected start/trans/emit records separated by TABs");
            }
        }
        int[] codePoints = Arrays.copyOf(emitCodePoint, emits);
        Arrays.sort(codePoints);
        int distinct = 0;
        for (int i = 0; i < emits; i++) {
            if (i == 0 || codePoints[i] != codePoints[i - 1]) {
                codePoints[distinct++] = codePoints[i];
            }
        }
        codePoints = Arrays.copyOf(codePoints, distinct);
        double[][] emission = new double[4][distinct];
        for (double[] row : emission) {
            Arrays.fill(row, IMPOSSIBLE);
        }
        for (int i = 0; i < emits; i++) {
            emission[emitState[i]][Arrays.binarySearch(codePoints, emitCodePoint[i])] = emitValue[i];
        }
        return new HmmModel(start, transition, codePoints, emission);
    }

    private static boolean is(byte[] text, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void need(int fields, int needed) {
        if (fields < needed) {
            throw new IllegalArgumentException(needed + " fields needed, " + fields + " found");
        }
    }

    /** Field {@code k} of a line split at {@code fields}, a decimal number. */
    private static double number(byte[] text, int[] fields, int count, int k, int end) {
        int from = fields[k];
        return decimal(text, from, k + 1 < count ? fields[k + 1] - 1 : end);
    }

    /**
     * {@link Double#parseDouble} of the ASCII {@code text[from, to)}, bit for bit. A plain decimal of at most 18
     * digits (all of the model's but one) is the quotient m / 10^k, computed in double and corrected to the nearest
     * double with exact 128-bit comparisons against the midpoints to its neighbours; anything else goes to
     * {@code Double.parseDouble}, whose big-integer arithmetic costs more than the rest of the file in a fresh JVM.
     */
    static double decimal(byte[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (i < to && (text[i] == '-' || text[i] == '+')) {
            i++;
        }
        long m = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean any = false;
        for (; i < to; i++) {
            int c = text[i];
            if (c >= '0' && c <= '9') {
                any = true;
                fraction += point ? 1 : 0;
                if (m == 0 && c == '0') {
                    continue;
                }
                if (++digits > 18) {
                    return parseDouble(text, from, to);
                }
                m = m * 10 + (c - '0');
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return parseDouble(text, from, to);
            }
        }
        if (!any || fraction >= POWERS_OF_TEN.length) {
            return parseDouble(text, from, to);
        }
        double d = m == 0 ? 0.0 : nearestQuotient(m, POWERS_OF_TEN[fraction]);
        if (Double.isNaN(d)) {
            return parseDouble(text, from, to);
        }
        return negative ? -d : d;
    }

    private static double parseDouble(byte[] text, int from, int to) {
        // a number is ASCII; anything else fails to parse as it always did
        return Double.parseDouble(new String(text, from, to - from, StandardCharsets.ISO_8859_1));
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

    /** The one code point that the UTF-8 {@code text[from, to)} encodes. */
    private static int codePoint(byte[] text, int from, int to) {
        // the common case, a well-formed three-byte sequence: U+0800 to U+FFFF without surrogates
        if (to - from == 3 && (text[from] & 0xF0) == 0xE0 && (text[from + 1] & 0xC0) == 0x80
                && (text[from + 2] & 0xC0) == 0x80) {
            int c = (text[from] & 0x0F) << 12 | (text[from + 1] & 0x3F) << 6 | (text[from + 2] & 0x3F);
            if (c >= 0x800 && !Character.isSurrogate((char) c)) {
                return c;
            }
        }
        String c = new String(text, from, to - from, StandardCharsets.UTF_8);
        if (c.codePointCount(0, c.length()) != 1) {
            throw new IllegalArgumentException("not one character: " + c);
        }
        return c.codePointAt(0);
    }

    /** The state letter {@code text[from, to)}. */
    private static int state(byte[] text, int from, int to) {
        int i = to - from == 1 ? STATES.indexOf(text[from]) : -1;
        if (i < 0) {
            throw new IllegalArgumentException("unknown state "
                    + new String(text, from, to - from, StandardCharsets.UTF_8));
        }
        return i;
    }

    /**
     * Cuts the code points {@code codePoints[from, to)} into words: {@code ends} receives the end index (exclusive,
     * in code points) of each word in order.
     */
    void cut(int[] codePoints, int from, int to, Ends ends) {
        int n = to - from;
        if (n == 1) {
            ends.end(to);
            return;
        }
        double[] v = new double[n * 4];
        byte[] back = new byte[n * 4];
        int symbol = index(codePoints[from]);
        for (int s = 0; s < 4; s++) {
            v[s] = start[s] + emit(s, symbol);
        }
        for (int t = 1; t < n; t++) {
            symbol = index(codePoints[from + t]);
            for (int s = 0; s < 4; s++) {
                double e = emit(s, symbol);
                int[] previous = PREVIOUS[s];
                double best = Double.NEGATIVE_INFINITY;
                int bestFrom = previous[0];
                for (int p : previous) {
                    double score = v[(t - 1) * 4 + p] + transition[p][s] + e;
                    // on a tie the later state letter wins (B < E < M < S), as jieba's max over (score, state)
                    if (score > best || score == best && STATES_BY_LETTER[p] > STATES_BY_LETTER[bestFrom]) {
                        best = score;
                        bestFrom = p;
                    }
                }
                v[t * 4 + s] = best;
                back[t * 4 + s] = (byte) bestFrom;
            }
        }
        // the last state ends a word: E or S, S on a tie as in jieba
        int state = v[(n - 1) * 4 + S] >= v[(n - 1) * 4 + E] ? S : E;
        byte[] path = new byte[n];
        for (int t = n - 1; t >= 0; t--) {
            path[t] = (byte) state;
            state = back[t * 4 + state];
        }
        for (int t = 0; t < n; t++) {
            if (path[t] == E || path[t] == S) {
                ends.end(from + t + 1);
            }
        }
        if (path[n - 1] != E && path[n - 1] != S) {
            ends.end(to);
        }
    }

    private int index(int codePoint) {
        return Arrays.binarySearch(codePoints, codePoint);
    }

    private double emit(int state, int symbol) {
        return symbol < 0 ? IMPOSSIBLE : emission[state][symbol];
    }

    /** Receives word ends. */
    interface Ends {
        void end(int end);
    }
}
