package org.zhpipe.feature;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How {@code bow} and {@code tfidf} turn tokens into a vector, with scikit-learn's meanings: which terms
 * ({@code ngrams}), which of them are kept when fitting ({@code minDf}, {@code maxDf}, {@code maxFeatures}, or a fixed
 * {@code vocabulary}), and how counts become weights ({@code binary}, {@code sublinearTf}, {@code useIdf} with
 * {@code idf} and {@code smoothIdf}, then {@code norm}). A bag of words is a TF-IDF without idf and without norm.
 * Start from {@link #bagOfWords()} or {@link #tfIdf()} (scikit-learn's defaults) and change settings by name:
 * {@code VectorizerSettings.tfIdf().withNgrams(new NGrams(1, 2)).withMinDf(DfBound.count(2))}.
 *
 * @param vocabulary a fixed vocabulary (index = position), or empty to learn one
 * @param pruneAt    the most distinct terms held while counting (see {@link TermCounts})
 */
public record VectorizerSettings(NGrams ngrams, DfBound minDf, DfBound maxDf, int maxFeatures, List<String> vocabulary,
                                 boolean binary, boolean sublinearTf, boolean useIdf, IdfFormula idf,
                                 boolean smoothIdf, Norm norm, int pruneAt) {
    public VectorizerSettings {
        Objects.requireNonNull(ngrams, "ngrams");
        Objects.requireNonNull(minDf, "minDf");
        Objects.requireNonNull(maxDf, "maxDf");
        Objects.requireNonNull(idf, "idf");
        Objects.requireNonNull(norm, "norm");
        vocabulary = List.copyOf(vocabulary);
        if (maxFeatures < 0) {
            throw new IllegalArgumentException("maxFeatures must be ≥ 0 (0 keeps every term), not " + maxFeatures);
        }
        if (new HashSet<>(vocabulary).size() != vocabulary.size()) {
            throw new IllegalArgumentException("the vocabulary names a term twice");
        }
    }

    /** scikit-learn's {@code CountVectorizer()} defaults: unigrams, every term, raw counts. */
    public static VectorizerSettings bagOfWords() {
        return new VectorizerSettings(NGrams.UNIGRAMS, DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 0, List.of(), false,
                false, false, IdfFormula.SKLEARN, true, Norm.NONE, 2_000_000);
    }

    /** scikit-learn's {@code TfidfVectorizer()} defaults: smoothed idf, l2 norm. */
    public static VectorizerSettings tfIdf() {
        return new VectorizerSettings(NGrams.UNIGRAMS, DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 0, List.of(), false,
                false, true, IdfFormula.SKLEARN, true, Norm.L2, 2_000_000);
    }

    /** These settings with {@code ngrams} changed. */
    public VectorizerSettings withNgrams(NGrams ngrams) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code minDf} changed. */
    public VectorizerSettings withMinDf(DfBound minDf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code maxDf} changed. */
    public VectorizerSettings withMaxDf(DfBound maxDf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code maxFeatures} changed. */
    public VectorizerSettings withMaxFeatures(int maxFeatures) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code vocabulary} changed. */
    public VectorizerSettings withVocabulary(List<String> vocabulary) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code binary} changed. */
    public VectorizerSettings withBinary(boolean binary) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code sublinearTf} changed. */
    public VectorizerSettings withSublinearTf(boolean sublinearTf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code useIdf} changed. */
    public VectorizerSettings withUseIdf(boolean useIdf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code idf} changed. */
    public VectorizerSettings withIdf(IdfFormula idf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code smoothIdf} changed. */
    public VectorizerSettings withSmoothIdf(boolean smoothIdf) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code norm} changed. */
    public VectorizerSettings withNorm(Norm norm) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** These settings with {@code pruneAt} changed. */
    public VectorizerSettings withPruneAt(int pruneAt) {
        return new VectorizerSettings(ngrams, minDf, maxDf, maxFeatures, vocabulary, binary, sublinearTf, useIdf, idf, smoothIdf, norm, pruneAt);
    }

    /** Whether a corpus is needed: to learn the vocabulary, or the document frequencies. */
    public boolean needsFitting() {
        return vocabulary.isEmpty() || useIdf;
    }
}
