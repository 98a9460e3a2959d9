package org.zhpipe.feature;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.InvalidParameterException;

/**
 * What the feature stage types share: the documentation, checks and conversions of their common parameters, and the
 * loading of the fitted model a spec names. Its static state must not reach the stage types' classes: their records'
 * defaults are built with it.
 */
final class FeatureParams {
    /** gensim's default {@code prune_at}. */
    static final int PRUNE_AT = 2_000_000;

    // the documentation of the parameters the feature stages share
    static final String NGRAM_DOC = "word n-grams [min, max]: [1, 2] counts words and pairs of adjacent words (joined by a space); inline "
            + "ngram=1|2";
    static final String MIN_DF_DOC = "drop terms in fewer documents: a count (an integer) or a fraction of the documents (0.01)";
    static final String MAX_DF_DOC = "drop terms in more documents: a count (an integer) or a fraction of the documents (1.0 keeps all)";
    static final String MAX_FEATURES_DOC = "keep only this many terms, the most frequent in the corpus; 0 keeps all";
    static final String PRUNE_AT_DOC = "memory cap while fitting: the most distinct terms held (the rarest are dropped beyond it)";
    static final String MODEL_DOC = "the fitted vocabulary file, written by zhpipe fit (relative to the spec's folder)";
    static final String MODEL_DOCUMENTS_DOC = "the number of documents the model was fitted on, written by zhpipe fit";
    static final String MODEL_SHA256_DOC = "the SHA-256 of the model file, written by zhpipe fit and checked when it is read";

    private FeatureParams() {
    }

    /** The longest n-gram: {@value}. Longer ones would make the work grow with n² per token. */
    static final int MAX_NGRAM = 10;

    /** {@code base} with the parameters bow and tfidf share: which terms, which of them are kept, binary counts. */
    static VectorizerSettings terms(VectorizerSettings base, List<Integer> ngram, Number minDf, Number maxDf,
                                    int maxFeatures, List<String> vocabulary, boolean binary, int pruneAt) {
        return base.withNgrams(ngrams(ngram))
                .withMinDf(dfBound(minDf, "minDf"))
                .withMaxDf(dfBound(maxDf, "maxDf"))
                .withMaxFeatures(maxFeatures)
                .withVocabulary(vocabulary)
                .withBinary(binary)
                .withPruneAt(pruneAt);
    }

    /** {@code [min, max]} as n-grams. */
    static NGrams ngrams(List<Integer> ngram) {
        if (ngram.size() != 2 || ngram.get(0) < 1 || ngram.get(1) < ngram.get(0) || ngram.get(1) > MAX_NGRAM) {
            throw new InvalidParameterException("ngram", "expected [min, max] with 1 ≤ min ≤ max ≤ " + MAX_NGRAM
                    + ", such as [1, 2] for words and pairs of words (inline: ngram=1|2), got " + ngram);
        }
        return new NGrams(ngram.get(0), ngram.get(1));
    }

    /** A count (a {@code Long}) or a fraction (a {@code Double}) as a bound. */
    static DfBound dfBound(Number value, String parameter) {
        if (value instanceof Long count) {
            if (count < 0) {
                throw new InvalidParameterException(parameter, "a document count must be ≥ 0, got " + count);
            }
            return DfBound.count(count);
        }
        double fraction = value.doubleValue();
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new InvalidParameterException(parameter, "a fraction of the documents lies in [0.0, 1.0], got "
                    + fraction + "; write a document count as an integer (2, not 2.0)");
        }
        return DfBound.fraction(fraction);
    }

    static void checkCommon(List<Integer> ngram, Number minDf, Number maxDf, int maxFeatures, List<String> vocabulary,
                            int pruneAt, String model, long modelDocuments, String modelSha256) {
        ngrams(ngram);
        DfBound min = dfBound(minDf, "minDf");
        DfBound max = dfBound(maxDf, "maxDf");
        if (maxFeatures < 0) {
            throw new InvalidParameterException("maxFeatures", "expected ≥ 0 (0 keeps every term), got " + maxFeatures);
        }
        Set<String> seen = new HashSet<>();
        for (String term : vocabulary) {
            if (term.isEmpty()) {
                throw new InvalidParameterException("vocabulary", "an empty term; each entry is a term");
            }
            if (!seen.add(term)) {
                throw new InvalidParameterException("vocabulary", "the term \"" + term + "\" is listed twice");
            }
        }
        if (!vocabulary.isEmpty() && (!min.equals(DfBound.NO_MINIMUM) || !max.equals(DfBound.NO_MAXIMUM)
                || maxFeatures != 0)) {
            throw new InvalidParameterException("vocabulary", "a fixed vocabulary is used as given: minDf, maxDf "
                    + "and maxFeatures would have no effect; remove them or the vocabulary");
        }
        checkModel(pruneAt, model, modelDocuments, modelSha256);
    }

    static void checkModel(int pruneAt, String model, long modelDocuments, String modelSha256) {
        if (pruneAt < 1) {
            throw new InvalidParameterException("pruneAt", "expected ≥ 1 distinct terms, got " + pruneAt);
        }
        if (model.isEmpty() && (modelDocuments != 0 || !modelSha256.isEmpty())) {
            throw new InvalidParameterException("model", "modelDocuments and modelSha256 describe a fitted model, "
                    + "but \"model\" names none; fitting (FittedSpec.write) writes all three");
        }
        if (!model.isEmpty() && modelDocuments < 1) {
            throw new InvalidParameterException("modelDocuments", "a fitted model records the number of documents "
                    + "it was fitted on (≥ 1), got " + modelDocuments + "; fit again");
        }
        if (!model.isEmpty() && modelSha256.isEmpty()) {
            throw new InvalidParameterException("modelSha256", "missing: a fitted model records its vocabulary "
                    + "file's SHA-256, so that a changed or swapped file is noticed; restore the value fitting "
                    + "wrote (FittedSpec.write), or fit again");
        }
        if (!modelSha256.isEmpty() && !modelSha256.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidParameterException("modelSha256", "expected 64 hexadecimal digits, got \"" + modelSha256
                    + "\"");
        }
    }

    /** The fitted model file {@code model}, loaded once per build and path, its checksum and document count checked. */
    static Vocabulary loadModel(String model, long documents, String sha256, BuildContext context) {
        try {
            Path file = context.file(model, "fitted model");
            return context.resources().get(new ModelKey(file.toAbsolutePath().normalize(), sha256, documents),
                    Vocabulary.class, () -> VocabularyFile.read(file, sha256, documents));
        } catch (DataFileException e) {
            throw new InvalidParameterException("model", e.getMessage());
        }
    }

    /** A loaded model file. */
    private record ModelKey(Path file, String sha256, long documents) {
    }
}
