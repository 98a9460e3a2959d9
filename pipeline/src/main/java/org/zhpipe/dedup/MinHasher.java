package org.zhpipe.dedup;

/**
 * MinHash signatures (Broder, 1997) of a normalized text's character shingles: the set of its code-point n-grams.
 * The estimated Jaccard similarity of two texts is the share of positions where their signatures agree
 * ({@link #estimatedJaccard}); its standard error is {@code sqrt(J (1 - J) / permutations)}, 0.035 at J = 0.8 with 128
 * permutations.
 *
 * <ul>
 *   <li><b>Shingles.</b> Every run of {@code n} consecutive code points (never half a surrogate pair). A text shorter
 *       than {@code n} code points has one shingle, itself, so short texts are compared whole; the empty text too
 *       (one empty shingle), so all empty texts share a signature.</li>
 *   <li><b>Shingle hash.</b> One 64-bit hash per shingle: {@code h = seed'}, then for each code point
 *       {@code h = (h ^ cp) * 0x9E3779B97F4A7C15}, finished by MurmurHash3's 64-bit finalizer ({@code fmix64}), where
 *       {@code seed'} is the seed through SplitMix64.</li>
 *   <li><b>Permutations.</b> Permutation {@code i} maps a shingle hash {@code h} to the high 32 bits of
 *       {@code a[i] * h + b[i]} (mod 2<sup>64</sup>, multiply-shift hashing, Dietzfelbinger et al. 1997), {@code a[i]}
 *       odd; {@code a} and {@code b} are the outputs of SplitMix64 (Steele, Lea and Flood 2014) started at the seed.
 *       A signature value is the minimum, as an unsigned 32-bit number, over the shingles.</li>
 * </ul>
 * Signatures therefore depend only on the text, {@code n}, the number of permutations and the seed, on every JVM.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MinHasher hasher = new MinHasher(5, 128, 1);
 * double j = MinHasher.estimatedJaccard(hasher.signature("今天天气很好我们去公园"), hasher.signature("今天天气很好我们去动物园"));
 * }</pre>
 */
public final class MinHasher {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final int shingle;
    private final long[] multipliers;
    private final long[] addends;
    private final long start;

    /**
     * @param shingle      code points per shingle, at least 1
     * @param permutations signature length, at least 1
     * @param seed         picks the hash functions; signatures compare only under the same seed
     */
    public MinHasher(int shingle, int permutations, long seed) {
        if (shingle < 1) {
            throw new IllegalArgumentException("shingle must be at least 1, not " + shingle);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, not " + permutations);
        }
        this.shingle = shingle;
        this.multipliers = new long[permutations];
        this.addends = new long[permutations];
        long state = seed;
        for (int i = 0; i < permutations; i++) {
            state += GOLDEN;
            multipliers[i] = mix(state) | 1L;
            state += GOLDEN;
            addends[i] = mix(state);
        }
        this.start = mix(seed + GOLDEN);
    }

    public int shingle() {
        return shingle;
    }

    public int permutations() {
        return multipliers.length;
    }

    /** The signature of {@code text}: {@link #permutations()} values, each an unsigned 32-bit minimum. */
    public int[] signature(String text) {
        return signature(shingleHashes(text));
    }

    /**
     * The 64-bit hash of every shingle of {@code text}, in text order, repeats included (at least one: a text shorter
     * than the shingle is one shingle). {@link ShingleSet#of} makes the set of them.
     */
    public long[] shingleHashes(String text) {
        int[] cps = text.codePoints().toArray();
        int shingles = Math.max(1, cps.length - shingle + 1);
        int width = Math.min(shingle, cps.length);
        long[] hashes = new long[shingles];
        for (int s = 0; s < shingles; s++) {
            long h = start;
            for (int j = s; j < s + width; j++) {
                h = (h ^ cps[j]) * GOLDEN;
            }
            hashes[s] = fmix64(h);
        }
        return hashes;
    }

    /**
     * The signature of a text whose {@link #shingleHashes} are given: {@link #permutations()} values, each an unsigned
     * 32-bit minimum over the hashes (their order and repeats do not matter).
     */
    public int[] signature(long[] shingleHashes) {
        int k = multipliers.length;
        long[] min = new long[k];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        long[] a = multipliers;
        long[] b = addends;
        for (long h : shingleHashes) {
            for (int i = 0; i < k; i++) {
                long v = (a[i] * h + b[i]) >>> 32;
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] signature = new int[k];
        for (int i = 0; i < k; i++) {
            signature[i] = (int) min[i];
        }
        return signature;
    }

    /**
     * The share of positions where two signatures agree: the estimate of the Jaccard similarity of their shingle sets.
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double estimatedJaccard(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of " + a.length + " and " + b.length + " values");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 1 : (double) same / a.length;
    }

    /** SplitMix64's output function (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** MurmurHash3's 64-bit finalizer. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE53F2CA5L;
        return h ^ (h >>> 33);
    }
}
