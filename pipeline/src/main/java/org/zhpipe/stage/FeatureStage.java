package org.zhpipe.stage;

import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Turns the tokens of one document into numbers a model can use: the last stage of a pipeline, after the token
 * stages. A stage that must first learn from a corpus (a vocabulary, document frequencies) is a
 * {@link FeatureEstimator} until it is fitted.
 */
public interface FeatureStage extends Stage {
    SparseVector apply(Tokens tokens, Text text);

    /** The number of dimensions of the vectors it makes (a vocabulary's size, 2^bits buckets, k keywords). */
    int dimension();

    /** Whether its vectors' entries carry their terms (not so for hashed buckets). */
    default boolean hasTerms() {
        return true;
    }

    /**
     * Whether an index means the same feature in every vector (a vocabulary's term, a bucket), as LIBSVM and Matrix
     * Market files need; not so for keywords, whose index is a rank.
     */
    default boolean sharedIndices() {
        return true;
    }

    @Override
    default StageKind kind() {
        return StageKind.FEATURE;
    }
}
