package org.zhpipe.feature;

import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFileRef;
import org.zhpipe.stage.Stage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.FittableParams;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;

/**
 * The stage type {@code keywords}: its parameters and its factory, which builds a {@link KeywordExtractor} over an
 * {@link IdfTable} (jieba's, or a file; loaded once per build), or with {@code idfTable: fit} a
 * {@link KeywordEstimator} while unfitted and its extractor once the spec names a fitted model.
 */
public final class KeywordsStage {
    /**
     * Parameters of {@code keywords}. Inline: {@code keywords} (20 keywords, jieba's IDF table), {@code keywords:5},
     * {@code keywords:top=10;idfTable=fit}.
     */
    public record Params(
            @Doc("how many keywords per document")
            int top,
            @Doc("the shortest keyword, in characters (jieba: 2)")
            int minLength,
            @Doc("the idf of each term: jieba (jieba 0.42.1's table, bundled), fit (learned from your corpus by "
                    + "zhpipe fit), or the path of a table with a term and its idf on each line")
            String idfTable,
            @Doc(FeatureParams.PRUNE_AT_DOC)
            int pruneAt,
            @Doc(FeatureParams.MODEL_DOC)
            String model,
            @Doc(FeatureParams.MODEL_DOCUMENTS_DOC)
            long modelDocuments,
            @Doc(FeatureParams.MODEL_SHA256_DOC)
            String modelSha256) implements FittableParams {
        /** The value of {@code idfTable} that fits the table on the user's corpus. */
        public static final String FIT = "fit";
        public static final Params DEFAULTS = new Params(20, 2, "jieba", FeatureParams.PRUNE_AT, "", 0, "");

        public Params {
            if (top < 1) {
                throw new InvalidParameterException("top", "expected at least 1 keyword, got " + top);
            }
            if (minLength < 1) {
                throw new InvalidParameterException("minLength", "expected at least 1 character, got " + minLength);
            }
            if (idfTable.isBlank()) {
                throw new InvalidParameterException("idfTable", "expected jieba, fit, or the path of an idf table");
            }
            FeatureParams.checkModel(pruneAt, model, modelDocuments, modelSha256);
            if (!model.isEmpty() && !idfTable.equals(FIT)) {
                throw new InvalidParameterException("model", "a fitted model is only used with \"idfTable\": "
                        + "\"fit\"");
            }
        }

        @Override
        public Params withModel(String model, long documents, String sha256) {
            return new Params(top, minLength, idfTable, pruneAt, model, documents, sha256);
        }
    }

    /** The stage type {@code keywords}. */
    public static final StageType<Params> TYPE = StageType.withContext("keywords", StageKind.FEATURE,
            "The top terms of each document by TF-IDF weight, with the offsets of their first "
                    + "occurrence (jieba's extract_tags; IDF from jieba or fitted on your corpus).",
            Params.DEFAULTS, "top",
            KeywordsStage::create);

    private KeywordsStage() {
    }

    private static Stage create(Params p, BuildContext context) {
        if (p.idfTable().equals(Params.FIT)) {
            KeywordEstimator estimator = new KeywordEstimator(p.top(), p.minLength(), p.pruneAt());
            if (p.model().isEmpty()) {
                return estimator;
            }
            return estimator.extractor(FeatureParams.loadModel(p.model(), p.modelDocuments(), p.modelSha256(),
                    context));
        }
        IdfTable table;
        try {
            DataFileRef ref = context.dataFile(p.idfTable(), IdfTable.bundledNames(), "IDF table");
            table = context.resources().get(ref, IdfTable.class,
                    () -> ref.isBundled() ? IdfTable.bundled(ref.bundled()) : IdfTable.load(ref.file()));
        } catch (DataFileException e) {
            throw new InvalidParameterException("idfTable", e.getMessage());
        }
        return new KeywordExtractor(table, p.top(), p.minLength(), null);
    }
}
