package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.FittableParams;
import java.util.List;
import org.zhpipe.feature.IdfFormula;
import org.zhpipe.feature.Norm;

/** Parameters of {@code tfidf}: scikit-learn's {@code TfidfVectorizer}. Fitted by {@code zhpipe fit}. */
public record TfIdfParams(
        @Doc(FeatureParams.NGRAM_DOC)
        List<Integer> ngram,
        @Doc(FeatureParams.MIN_DF_DOC)
        Number minDf,
        @Doc(FeatureParams.MAX_DF_DOC)
        Number maxDf,
        @Doc(FeatureParams.MAX_FEATURES_DOC)
        int maxFeatures,
        @Doc("a fixed vocabulary (index = position); only document frequencies are learned")
        List<String> vocabulary,
        @Doc("term frequency 1 for a term present, instead of its count")
        boolean binary,
        @Doc("scale each document's vector: l2 (unit length), l1 (values sum to 1) or none")
        Norm norm,
        @Doc("multiply by the inverse document frequency")
        boolean useIdf,
        @Doc("idf as if one more document held every term (sklearn formula only): no division by zero")
        boolean smoothIdf,
        @Doc("term frequency 1 + ln(count) instead of the count")
        boolean sublinearTf,
        @Doc("idf formula: sklearn (ln((1+N)/(1+df)) + 1, or ln(N/df) + 1 without smoothIdf), plain (ln(N/df)) or "
                + "spark (ln((N+1)/(df+1)))")
        IdfFormula idf,
        @Doc(FeatureParams.PRUNE_AT_DOC)
        int pruneAt,
        @Doc(FeatureParams.MODEL_DOC)
        String model,
        @Doc(FeatureParams.MODEL_DOCUMENTS_DOC)
        long modelDocuments,
        @Doc(FeatureParams.MODEL_SHA256_DOC)
        String modelSha256) implements FittableParams {
    public static final TfIdfParams DEFAULTS = new TfIdfParams(List.of(1, 1), 1L, 1.0, 0, List.of(), false, Norm.L2,
            true, true, false, IdfFormula.SKLEARN, FeatureParams.PRUNE_AT, "", 0, "");

    public TfIdfParams {
        FeatureParams.checkCommon(ngram, minDf, maxDf, maxFeatures, vocabulary, pruneAt, model, modelDocuments,
                modelSha256);
        if (!smoothIdf && idf != IdfFormula.SKLEARN) {
            throw new InvalidParameterException("smoothIdf", "smoothIdf chooses between the two sklearn formulas; "
                    + "the " + idf.name().toLowerCase(java.util.Locale.ROOT) + " formula has no smoothing: remove "
                    + "smoothIdf or use \"idf\": \"sklearn\"");
        }
    }

    @Override
    public TfIdfParams withModel(String model, long documents, String sha256) {
        return new TfIdfParams(ngram, minDf, maxDf, maxFeatures, vocabulary, binary, norm, useIdf, smoothIdf,
                sublinearTf, idf, pruneAt, model, documents, sha256);
    }
}
