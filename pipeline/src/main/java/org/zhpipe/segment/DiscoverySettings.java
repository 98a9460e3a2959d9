package org.zhpipe.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of new-word discovery, as the {@code segment} stage's {@code discover} object gives them (names as
 * below; any left out take their default).
 *
 * @param minCount    a candidate occurs at least this many times in the corpus (5)
 * @param minCohesion its weakest split point has at least this pointwise mutual information, in nats:
 *                    {@code min over splits a|b of ln(p(ab) / (p(a) p(b)))}, each p a count over the corpus's Han
 *                    characters (3.0)
 * @param minEntropy  its left and its right branching entropy (nats) are both at least this (1.5)
 * @param minLength   shortest candidate, in code points (2)
 * @param maxLength   longest candidate, in code points (6)
 * @param maxWords    the most words kept, the most frequent first (2000)
 * @param pruneAt     the most distinct strings held while counting (4,000,000; about 80 bytes each); beyond it the
 *                    rarest are dropped
 * @param wordShare   a single character the dictionary knows as a word with at least this share of its total
 *                    frequency (0.00003) is a word of its own: a candidate that the dictionary splits into such
 *                    characters and longer words (经济的发展, 也是) is a phrase, not a new word
 */
public record DiscoverySettings(long minCount, double minCohesion, double minEntropy, int minLength, int maxLength,
                                int maxWords, int pruneAt, double wordShare) {
    /** The defaults. */
    public static final DiscoverySettings DEFAULTS = new DiscoverySettings(5, 3.0, 1.5, 2, 6, 2000, 4_000_000,
            0.00003);

    /** The names {@link #of} knows, in order. */
    public static final List<String> NAMES = List.of("minCount", "minCohesion", "minEntropy", "minLength",
            "maxLength", "maxWords", "pruneAt", "wordShare");

    public DiscoverySettings {
        require(minCount >= 1, "minCount must be at least 1, not " + minCount);
        require(Double.isFinite(minCohesion), "minCohesion must be a finite number, not " + minCohesion);
        require(Double.isFinite(minEntropy) && minEntropy >= 0, "minEntropy must be 0 or more, not " + minEntropy);
        require(minLength >= 2, "minLength must be at least 2 (a word of one character is in every dictionary), not "
                + minLength);
        require(maxLength >= minLength && maxLength <= 6, "maxLength must be between minLength and 6, not "
                + maxLength);
        require(maxWords >= 1, "maxWords must be at least 1, not " + maxWords);
        require(pruneAt >= 1000 && pruneAt <= 100_000_000, "pruneAt must be between 1000 and 100000000, not "
                + pruneAt);
        require(wordShare > 0 && wordShare <= 1, "wordShare must be above 0 and at most 1, not " + wordShare);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Settings from a name → number object such as {@code {"minCount": 10, "minEntropy": 2}}.
     *
     * @throws IllegalArgumentException for an unknown name (with the known ones), or a value out of range or not whole
     *     where a whole number is expected
     */
    public static DiscoverySettings of(Map<String, ? extends @Nullable Double> values) {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown discover setting \"" + name + "\"; known: "
                        + String.join(", ", NAMES));
            }
        }
        DiscoverySettings d = DEFAULTS;
        return new DiscoverySettings(
                whole(values, "minCount", d.minCount),
                number(values, "minCohesion", d.minCohesion),
                number(values, "minEntropy", d.minEntropy),
                (int) whole(values, "minLength", d.minLength),
                (int) whole(values, "maxLength", d.maxLength),
                (int) whole(values, "maxWords", d.maxWords),
                (int) whole(values, "pruneAt", d.pruneAt),
                number(values, "wordShare", d.wordShare));
    }

    /** These settings as the {@code discover} object, every name with its value. */
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("minCount", (double) minCount);
        map.put("minCohesion", minCohesion);
        map.put("minEntropy", minEntropy);
        map.put("minLength", (double) minLength);
        map.put("maxLength", (double) maxLength);
        map.put("maxWords", (double) maxWords);
        map.put("pruneAt", (double) pruneAt);
        map.put("wordShare", wordShare);
        return map;
    }

    private static double number(Map<String, ? extends @Nullable Double> values, String name, double fallback) {
        Double v = values.get(name);
        return v == null ? fallback : v;
    }

    private static long whole(Map<String, ? extends @Nullable Double> values, String name, long fallback) {
        Double v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + v);
        }
        return v.longValue();
    }
}
