package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.FittableParams;
import java.util.List;

/**
 * Parameters of {@code bow}: scikit-learn's {@code CountVectorizer}. Fitted by {@code zhpipe fit} unless a
 * vocabulary is given.
 */
public record BowParams(
        @Doc(FeatureParams.NGRAM_DOC)
        List<Integer> ngram,
        @Doc(FeatureParams.MIN_DF_DOC)
        Number minDf,
        @Doc(FeatureParams.MAX_DF_DOC)
        Number maxDf,
        @Doc(FeatureParams.MAX_FEATURES_DOC)
        int maxFeatures,
        @Doc("a fixed vocabulary (index = position); nothing is learned")
        List<String> vocabulary,
        @Doc("1 for a term present, instead of its count")
        boolean binary,
        @Doc(FeatureParams.PRUNE_AT_DOC)
        int pruneAt,
        @Doc(FeatureParams.MODEL_DOC)
        String model,
        @Doc(FeatureParams.MODEL_DOCUMENTS_DOC)
        long modelDocuments,
        @Doc(FeatureParams.MODEL_SHA256_DOC)
        String modelSha256) implements FittableParams {
    public static final BowParams DEFAULTS = new BowParams(List.of(1, 1), 1L, 1.0, 0, List.of(), false,
            FeatureParams.PRUNE_AT, "", 0, "");

    public BowParams {
        FeatureParams.checkCommon(ngram, minDf, maxDf, maxFeatures, vocabulary, pruneAt, model, modelDocuments,
                modelSha256);
    }

    @Override
    public BowParams withModel(String model, long documents, String sha256) {
        return new BowParams(ngram, minDf, maxDf, maxFeatures, vocabulary, binary, pruneAt, model, documents, sha256);
    }
}
