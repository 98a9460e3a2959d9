package org.zhpipe.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;

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
     * {@code trans<TAB>F<TAB>T<TAB>lp}, {@code emit<TAB>S<TAB>char<TAB>lp}; {@code #} comments.
     */
    static HmmModel read(InputStream in, String name) throws IOException {
        double[] start = new double[4];
        double[][] transition = new double[4][4];
        Arrays.fill(start, IMPOSSIBLE);
        for (double[] row : transition) {
            Arrays.fill(row, IMPOSSIBLE);
        }
        TreeMap<Integer, double[]> emit = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "start" -> start[state(f[1])] = Double.parseDouble(f[2]);
                    case "trans" -> transition[state(f[1])][state(f[2])] = Double.parseDouble(f[3]);
                    case "emit" -> {
                        if (f[2].codePointCount(0, f[2].length()) != 1) {
                            throw new IllegalArgumentException("not one character: " + f[2]);
                        }
                        double[] row = emit.computeIfAbsent(f[2].codePointAt(0), k -> {
                            double[] r = new double[4];
                            Arrays.fill(r, IMPOSSIBLE);
                            return r;
                        });
                        row[state(f[1])] = Double.parseDouble(f[3]);
                    }
                    default -> throw new IllegalArgumentException("unknown record " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new DictionaryException(name + ":" + number + ": " + e.getMessage()
                        + "; expected start/trans/emit records separated by TABs");
            }
        }
        int[] codePoints = new int[emit.size()];
        double[][] emission = new double[4][emit.size()];
        int k = 0;
        for (var entry : emit.entrySet()) {
            codePoints[k] = entry.getKey();
            for (int s = 0; s < 4; s++) {
                emission[s][k] = entry.getValue()[s];
            }
            k++;
        }
        return new HmmModel(start, transition, codePoints, emission);
    }

    private static int state(String s) {
        int i = s.length() == 1 ? STATES.indexOf(s.charAt(0)) : -1;
        if (i < 0) {
            throw new IllegalArgumentException("unknown state " + s);
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
