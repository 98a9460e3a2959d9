package org.zhpipe.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.zhpipe.internal.parse.Decimals;
import org.zhpipe.internal.parse.Utf8Lines;

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
     * in each line's chars ({@link Utf8Lines}), with no map of boxed code points: this runs in a fresh JVM, mostly
     * interpreted.
     */
    static HmmModel read(InputStream in, String name) throws IOException {
        byte[] bytes = WordListParser.readAll(in);
        double[] start = new double[4];
        double[][] transition = new double[4][4];
        Arrays.fill(start, IMPOSSIBLE);
        for (double[] row : transition) {
            Arrays.fill(row, IMPOSSIBLE);
        }
        // emit records as (code point, state, log probability), in file order
        int[] emitCodePoint = new int[bytes.length / 16 + 16];
        byte[] emitState = new byte[emitCodePoint.length];
        double[] emitValue = new double[emitCodePoint.length];
        int emits = 0;
        // fields[k] is where field k starts; field k ends before fields[k + 1] - 1, the last one at the line end
        int[] fields = new int[5];
        Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new DictionaryException(name, line, problem));
        while (lines.next()) {
            char[] text = lines.chars();
            int end = lines.length();
            if (end == 0 || text[0] == '#') {
                continue;
            }
            int count = 1;
            for (int i = 0; i < end; i++) {
                if (text[i] == '\t' && count < fields.length) {
                    fields[count++] = i + 1;
                }
            }
            try {
                int recordEnd = count > 1 ? fields[1] - 1 : end;
                if (is(text, recordEnd, "emit")) {
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
                } else if (is(text, recordEnd, "start")) {
                    need(count, 3);
                    start[state(text, fields[1], fields[2] - 1)] = number(text, fields, count, 2, end);
                } else if (is(text, recordEnd, "trans")) {
                    need(count, 4);
                    transition[state(text, fields[1], fields[2] - 1)][state(text, fields[2], fields[3] - 1)] =
                            number(text, fields, count, 3, end);
                } else {
                    throw new IllegalArgumentException("unknown record " + new String(text, 0, recordEnd));
                }
            } catch (IllegalArgumentException e) {
                throw new DictionaryException(name, lines.number(), e.getMessage()
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

    private static boolean is(char[] text, int to, String word) {
        if (to != word.length()) {
            return false;
        }
        for (int i = 0; i < to; i++) {
            if (text[i] != word.charAt(i)) {
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
    private static double number(char[] text, int[] fields, int count, int k, int end) {
        int from = fields[k];
        int to = k + 1 < count ? fields[k + 1] - 1 : end;
        double value = Decimals.parse(text, from, to);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("not a number: " + new String(text, from, to - from));
        }
        return value;
    }

    /** The one code point {@code text[from, to)} holds. */
    private static int codePoint(char[] text, int from, int to) {
        int c = from < to ? Character.codePointAt(text, from, to) : -1;
        if (c < 0 || from + Character.charCount(c) != to) {
            throw new IllegalArgumentException("not one character: " + new String(text, from, to - from));
        }
        return c;
    }

    /** The state letter {@code text[from, to)}. */
    private static int state(char[] text, int from, int to) {
        int i = to - from == 1 ? STATES.indexOf(text[from]) : -1;
        if (i < 0) {
            throw new IllegalArgumentException("unknown state " + new String(text, from, to - from));
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
