package org.zhpipe.feature;

import java.util.List;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;

/** The stage type {@code hashing_tf}: its parameters and its factory, which builds a {@link HashingTf}. */
public final class HashingTfStage {
    /**
     * Parameters of {@code hashing_tf}: scikit-learn's {@code HashingVectorizer}, or with {@code hash} {@code spark},
     * {@code signed} false and {@code norm} none Spark ML's {@code HashingTF}. Nothing to fit.
     */
    public record Params(
            @Doc("the vector has 2^bits dimensions (1 to 30); 20 gives 1,048,576 as scikit-learn's default")
            int bits,
            @Doc("the hash: sklearn (HashingVectorizer: MurmurHash3 seed 0, |h| mod 2^bits) or spark (Spark ML's "
                    + "HashingTF: MurmurHash3 seed 42, non-negative h mod 2^bits; with signed false and norm none)")
            TermHash hash,
            @Doc("terms whose hash is negative count -1 (scikit-learn's alternate_sign), so collisions cancel out")
            boolean signed,
            @Doc("word n-grams [min, max]; inline ngram=1|2")
            List<Integer> ngram,
            @Doc("1 for a bucket hit, instead of the count")
            boolean binary,
            @Doc("scale each document's vector: l2, l1 or none")
            Norm norm) {
        public static final Params DEFAULTS = new Params(20, TermHash.SKLEARN, true, List.of(1, 1), false, Norm.L2);

        public Params {
            if (bits < 1 || bits > 30) {
                throw new InvalidParameterException("bits", "expected 1 to 30 (2^bits dimensions), got " + bits);
            }
            FeatureParams.ngrams(ngram);
        }
    }

    /** The stage type {@code hashing_tf}. */
    public static final StageType<Params> TYPE = StageType.of("hashing_tf", StageKind.FEATURE,
            "Term counts in 2^bits hashed buckets, no vocabulary, nothing to fit (scikit-learn's HashingVectorizer).",
            Params.DEFAULTS, "bits",
            p -> new HashingTf(p.bits(), p.hash(), p.signed(), FeatureParams.ngrams(p.ngram()), p.binary(), p.norm()));

    private HashingTfStage() {
    }
}
