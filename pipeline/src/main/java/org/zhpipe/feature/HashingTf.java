package org.zhpipe.feature;

import java.util.Arrays;
import org.zhpipe.stage.FeatureStage;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The {@code hashing_tf} stage: term counts in {@code 2^bits} buckets, with no vocabulary and so no fitting — for
 * vocabularies too large to hold. With {@link TermHash#SKLEARN} exactly scikit-learn's {@code HashingVectorizer}: a
 * term's bucket is |h| mod 2^bits where h is the signed 32-bit MurmurHash3 (x86, seed 0) of its UTF-8 bytes; with
 * {@link TermHash#SPARK}, {@code signed} off and no norm exactly Spark ML's {@code HashingTF} with
 * {@code numFeatures} 2^bits (seed 42, h mod 2^bits made non-negative; {@code binary} as its {@code binary}). With
 * {@code signed}
 * ({@code alternate_sign}) a term with h &lt; 0 counts −1, so that collisions cancel out on average; then
 * {@code binary} and {@code norm}. Entries are ordered by bucket and carry no terms. A bucket whose signed counts
 * cancel to 0 is left out — scikit-learn keeps it as an explicit zero, the same vector — except with {@code binary},
 * where scikit-learn sets it to 1 as every stored entry, and so does this. Immutable and thread-safe.
 */
public final class HashingTf implements FeatureStage {
    private final int bits;
    private final TermHash hash;
    private final boolean signed;
    private final NGrams ngrams;
    private final boolean binary;
    private final Norm norm;

    /**
     * @param bits 1 to 30: the vector has 2^bits dimensions
     * @param hash the hash function and bucket rule
     */
    public HashingTf(int bits, TermHash hash, boolean signed, NGrams ngrams, boolean binary, Norm norm) {
        if (bits < 1 || bits > 30) {
            throw new IllegalArgumentException("bits must lie in [1, 30], not " + bits);
        }
        this.bits = bits;
        this.hash = hash;
        this.signed = signed;
        this.ngrams = ngrams;
        this.binary = binary;
        this.norm = norm;
    }

    /** The bucket of {@code term} and its sign, as {@code bucket << 1 | (negative ? 1 : 0)}. */
    long bucket(String term) {
        int h = hash.hash(term);
        int index = hash.bucket(h, 1 << bits);
        return ((long) index << 1) | (signed && h < 0 ? 1 : 0);
    }

    @Override
    public int dimension() {
        return 1 << bits;
    }

    @Override
    public boolean hasTerms() {
        return false;
    }

    @Override
    public SparseVector apply(Tokens tokens, Text text) {
        long[][] buffer = {new long[Math.max(8, tokens.size())]};
        int[] count = {0};
        ngrams.forEach(tokens, term -> {
            if (count[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
            }
            buffer[0][count[0]++] = bucket(term);
        });
        long[] hits = buffer[0];
        int n = count[0];
        Arrays.sort(hits, 0, n);
        int[] indices = new int[n];
        double[] values = new double[n];
        int e = -1;
        for (int i = 0; i < n; i++) {
            int index = (int) (hits[i] >>> 1);
            if (e < 0 || indices[e] != index) {
                indices[++e] = index;
            }
            values[e] += (hits[i] & 1) == 0 ? 1 : -1;
        }
        int size = e + 1;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] != 0 || binary) {
                indices[kept] = indices[i];
                values[kept] = binary ? 1 : values[i];
                kept++;
            }
        }
        indices = Arrays.copyOf(indices, kept);
        values = Arrays.copyOf(values, kept);
        norm.apply(values, kept);
        return SparseVector.of(1 << bits, indices, values);
    }
}
