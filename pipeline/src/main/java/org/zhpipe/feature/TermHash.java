package org.zhpipe.feature;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * How {@code hashing_tf} puts a term in one of n buckets. Both hash the term's UTF-8 bytes with MurmurHash3
 * (x86, 32-bit; Commons Codec's {@code hash32x86}, the reference algorithm) and differ in the seed and in how a
 * signed hash becomes a bucket.
 */
public enum TermHash {
    /**
     * scikit-learn's {@code HashingVectorizer} ({@code sklearn.utils.murmurhash3_32}): seed 0, bucket |h| mod n (with
     * |{@code Integer.MIN_VALUE}| taken as 2^31, as scikit-learn's {@code abs} on a 64-bit integer gives).
     */
    SKLEARN(0),
    /**
     * Spark ML's {@code HashingTF} (Spark 3.0 on: {@code FeatureHasher.murmur3Hash}, {@code Murmur3_x86_32
     * .hashUnsafeBytes2}): seed 42, bucket {@code Utils.nonNegativeMod(h, n)}, i.e. h mod n moved into [0, n).
     */
    SPARK(42);

    private final int seed;

    TermHash(int seed) {
        this.seed = seed;
    }

    /** The signed 32-bit hash of {@code term}'s UTF-8 bytes. */
    public int hash(String term) {
        byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash32x86(utf8, 0, utf8.length, seed);
    }

    /** The bucket in [0, {@code buckets}) of a hash {@code h} from {@link #hash}. */
    public int bucket(int h, int buckets) {
        return switch (this) {
            // |MIN_VALUE| = 2^31 as a long; reduced without overflow: (2^31 - 1 - (n - 1)) + n ≡ 2^31 (mod n)
            case SKLEARN -> h == Integer.MIN_VALUE ? (Integer.MAX_VALUE - (buckets - 1)) % buckets
                    : Math.abs(h) % buckets;
            case SPARK -> Math.floorMod(h, buckets);
        };
    }
}
