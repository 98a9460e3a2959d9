package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.FittableParams;
/**
 * Parameters of {@code keywords}. Inline: {@code keywords} (20 keywords, jieba's IDF table), {@code keywords:5},
 * {@code keywords:top=10;idfTable=fit}.
 */
public record KeywordsParams(
        @Doc("how many keywords per document")
        int top,
        @Doc("the shortest keyword, in characters (jieba: 2)")
        int minLength,
        @Doc("the idf of each term: jieba (jieba 0.42.1's table, bundled), fit (learned from your corpus by zhpipe "
                + "fit), or the path of a table with a term and its idf on each line")
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
    public static final KeywordsParams DEFAULTS = new KeywordsParams(20, 2, "jieba", FeatureParams.PRUNE_AT, "", 0, "");

    public KeywordsParams {
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
            throw new InvalidParameterException("model", "a fitted model is only used with \"idfTable\": \"fit\"");
        }
    }

    @Override
    public KeywordsParams withModel(String model, long documents, String sha256) {
        return new KeywordsParams(top, minLength, idfTable, pruneAt, model, documents, sha256);
    }
}
