package org.zhpipe.feature;

import java.util.List;
import org.zhpipe.stage.FitException;
import org.zhpipe.stage.Stage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.FittableParams;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;

/**
 * The stage type {@code tfidf}: its parameters and its factory, which builds a {@link TfIdfEstimator} while unfitted
 * and a {@link TfIdfModel} once the spec names a fitted model (loaded once per build and path, its checksum and
 * document count checked).
 */
public final class TfIdfStage {
    /** Parameters of {@code tfidf}: scikit-learn's {@code TfidfVectorizer}. Fitted by {@code zhpipe fit}. */
    public record Params(
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
            @Doc("idf formula: sklearn (ln((1+N)/(1+df)) + 1, or ln(N/df) + 1 without smoothIdf), plain (ln(N/df)) "
                    + "or spark (ln((N+1)/(df+1)))")
            IdfFormula idf,
            @Doc(FeatureParams.PRUNE_AT_DOC)
            int pruneAt,
            @Doc(FeatureParams.MODEL_DOC)
            String model,
            @Doc(FeatureParams.MODEL_DOCUMENTS_DOC)
            long modelDocuments,
            @Doc(FeatureParams.MODEL_SHA256_DOC)
            String modelSha256) implements FittableParams {
        public static final Params DEFAULTS = new Params(List.of(1, 1), 1L, 1.0, 0, List.of(), false, Norm.L2,
                true, true, false, IdfFormula.SKLEARN, FeatureParams.PRUNE_AT, "", 0, "");

        public Params {
            FeatureParams.checkCommon(ngram, minDf, maxDf, maxFeatures, vocabulary, pruneAt, model, modelDocuments,
                    modelSha256);
            if (!smoothIdf && idf != IdfFormula.SKLEARN) {
                throw new InvalidParameterException("smoothIdf", "smoothIdf chooses between the two sklearn "
                        + "formulas; the " + idf.name().toLowerCase(java.util.Locale.ROOT) + " formula has no "
                        + "smoothing: remove smoothIdf or use \"idf\": \"sklearn\"");
            }
        }

        @Override
        public Params withModel(String model, long documents, String sha256) {
            return new Params(ngram, minDf, maxDf, maxFeatures, vocabulary, binary, norm, useIdf, smoothIdf,
                    sublinearTf, idf, pruneAt, model, documents, sha256);
        }
    }

    /** The stage type {@code tfidf}. */
    public static final StageType<Params> TYPE = StageType.withContext("tfidf", StageKind.FEATURE,
            "TF-IDF weights over a vocabulary and document frequencies learned by zhpipe fit "
                    + "(scikit-learn's TfidfVectorizer).",
            Params.DEFAULTS, null,
            TfIdfStage::create);

    private TfIdfStage() {
    }

    private static Stage create(Params p, BuildContext context) {
        VectorizerSettings settings = FeatureParams.terms(VectorizerSettings.tfIdf(), p.ngram(), p.minDf(),
                p.maxDf(), p.maxFeatures(), p.vocabulary(), p.binary(), p.pruneAt())
                .withSublinearTf(p.sublinearTf())
                .withUseIdf(p.useIdf())
                .withIdf(p.idf())
                .withSmoothIdf(p.smoothIdf())
                .withNorm(p.norm());
        return vectorizer(settings, p.model(), p.modelDocuments(), p.modelSha256(), context);
    }

    /** The model a fitted spec names, an estimator to fit, or a model with nothing to learn. Also {@code bow}'s. */
    static Stage vectorizer(VectorizerSettings settings, String model, long documents, String sha256,
                            BuildContext context) {
        if (!model.isEmpty()) {
            try {
                return new TfIdfModel(settings, FeatureParams.loadModel(model, documents, sha256, context));
            } catch (FitException e) {
                throw new InvalidParameterException("model", e.getMessage());
            }
        }
        if (settings.needsFitting()) {
            return new TfIdfEstimator(settings);
        }
        // a fixed vocabulary and no idf: nothing to learn
        List<String> terms = settings.vocabulary();
        return new TfIdfModel(settings, new Vocabulary(terms, new long[terms.size()], 0, 0));
    }
}
