package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import java.util.List;
import org.zhpipe.feature.Norm;

/** Parameters of {@code hashing_tf}: scikit-learn's {@code HashingVectorizer}. Nothing to fit. */
public record HashingTfParams(
        @Doc("the vector has 2^bits dimensions (1 to 30); 20 gives 1,048,576 as scikit-learn's default")
        int bits,
        @Doc("terms whose hash is negative count -1 (scikit-learn's alternate_sign), so collisions cancel out")
        boolean signed,
        @Doc("word n-grams [min, max]; inline ngram=1|2")
        List<Integer> ngram,
        @Doc("1 for a bucket hit, instead of the count")
        boolean binary,
        @Doc("scale each document's vector: l2, l1 or none")
        Norm norm) {
    public static final HashingTfParams DEFAULTS = new HashingTfParams(20, true, List.of(1, 1), false, Norm.L2);

    public HashingTfParams {
        if (bits < 1 || bits > 30) {
            throw new InvalidParameterException("bits", "expected 1 to 30 (2^bits dimensions), got " + bits);
        }
        FeatureParams.ngrams(ngram);
    }
}
