package org.zhpipe.feature;

import java.util.HashMap;
import java.util.Map;
import org.zhpipe.stage.FeatureEstimator;
import org.zhpipe.stage.FitAccumulator;

/**
 * An unfitted {@code keywords} stage whose idf table is learned from the user's corpus: it counts document
 * frequencies and fits a {@link KeywordExtractor} whose idf is scikit-learn's smoothed ln((1 + N) / (1 + df)) + 1.
 * Immutable and thread-safe.
 */
public final class KeywordEstimator implements FeatureEstimator {
    private final int top;
    private final int minLength;
    private final int pruneAt;

    public KeywordEstimator(int top, int minLength, int pruneAt) {
        this.top = top;
        this.minLength = minLength;
        this.pruneAt = pruneAt;
    }

    @Override
    public TermCounts newAccumulator() {
        return new TermCounts(this, NGrams.UNIGRAMS, pruneAt);
    }

    @Override
    public KeywordExtractor fit(FitAccumulator counts) {
        if (!(counts instanceof TermCounts termCounts) || !termCounts.countsFor(this)) {
            throw new IllegalArgumentException("counts of another estimator: fit with the accumulator that this "
                    + "estimator's newAccumulator() made");
        }
        return extractor(Vocabulary.select(termCounts, DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 0, false));
    }

    /** The extractor for a vocabulary fitted earlier (read back from its file). */
    public KeywordExtractor extractor(Vocabulary vocabulary) {
        Map<String, Double> idf = new HashMap<>(vocabulary.size() * 4 / 3 + 1);
        for (int i = 0; i < vocabulary.size(); i++) {
            idf.put(vocabulary.term(i), idf(vocabulary, i));
        }
        return new KeywordExtractor(IdfTable.of(idf), top, minLength, vocabulary);
    }

    /** The idf of the term at {@code index}: scikit-learn's smoothed formula. */
    static double idf(Vocabulary vocabulary, int index) {
        return IdfFormula.SKLEARN.idf(vocabulary.documents(), vocabulary.documentFrequency(index), true);
    }
}
