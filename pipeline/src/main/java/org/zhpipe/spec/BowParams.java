package org.zhpipe.spec;

import java.util.List;

/**
 * Parameters of {@code bow}: scikit-learn's {@code CountVectorizer}. Fitted by {@code zhpipe fit} unless a
 * vocabulary is given.
 */
public record BowParams(
        @Doc("word n-grams [min, max]: [1, 2] counts words and pairs of adjacent words (joined by a space); inline "
                + "ngram=1|2")
        List<Integer> ngram,
        @Doc("drop terms in fewer documents: a count (an integer) or a fraction of the documents (0.01)")
        Number minDf,
        @Doc("drop terms in more documents: a count (an integer) or a fraction of the documents (1.0 keeps all)")
        Number maxDf,
        @Doc("keep only this many terms, the most frequent in the corpus; 0 keeps all")
        int maxFeatures,
        @Doc("a fixed vocabulary (index = position); nothing is learned")
        List<String> vocabulary,
        @Doc("1 for a term present, instead of its count")
        boolean binary,
        @Doc("memory cap while fitting: the most distinct terms held (the rarest are dropped beyond it)")
        int pruneAt,
        @Doc("the fitted vocabulary file, written by zhpipe fit (relative to the spec's folder)")
        String model,
        @Doc("the number of documents the model was fitted on, written by zhpipe fit")
        long modelDocuments,
        @Doc("the SHA-256 of the model file, written by zhpipe fit and checked when it is read")
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
