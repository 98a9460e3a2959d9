package org.zhpipe.feature;

import java.util.List;
import org.zhpipe.stage.Stage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.FittableParams;
import org.zhpipe.stage.type.StageType;

/**
 * The stage type {@code bow}: its parameters and its factory, which builds a {@link TfIdfEstimator} while unfitted and
 * a {@link TfIdfModel} (term counts, no idf) once the spec names a fitted model or gives a vocabulary.
 */
public final class BowStage {
    /**
     * Parameters of {@code bow}: scikit-learn's {@code CountVectorizer}. Fitted by {@code zhpipe fit} unless a
     * vocabulary is given.
     */
    public record Params(
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
        public static final Params DEFAULTS = new Params(List.of(1, 1), 1L, 1.0, 0, List.of(), false,
                FeatureParams.PRUNE_AT, "", 0, "");

        public Params {
            FeatureParams.checkCommon(ngram, minDf, maxDf, maxFeatures, vocabulary, pruneAt, model, modelDocuments,
                    modelSha256);
        }

        @Override
        public Params withModel(String model, long documents, String sha256) {
            return new Params(ngram, minDf, maxDf, maxFeatures, vocabulary, binary, pruneAt, model, documents, sha256);
        }
    }

    /** The stage type {@code bow}. */
    public static final StageType<Params> TYPE = StageType.withContext("bow", StageKind.FEATURE,
            "Bag of words: term counts over a vocabulary learned by zhpipe fit (scikit-learn's CountVectorizer).",
            Params.DEFAULTS, null,
            BowStage::create);

    private BowStage() {
    }

    private static Stage create(Params p, BuildContext context) {
        VectorizerSettings settings = FeatureParams.terms(VectorizerSettings.bagOfWords(), p.ngram(), p.minDf(),
                p.maxDf(), p.maxFeatures(), p.vocabulary(), p.binary(), p.pruneAt());
        return TfIdfStage.vectorizer(settings, p.model(), p.modelDocuments(), p.modelSha256(), context);
    }
}
