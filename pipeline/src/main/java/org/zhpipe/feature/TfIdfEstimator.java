package org.zhpipe.feature;

import org.zhpipe.stage.FeatureEstimator;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.FitException;

/**
 * An unfitted {@code bow} or {@code tfidf}: counts a corpus into {@link TermCounts} and fits a {@link TfIdfModel}
 * from them (scikit-learn's {@code fit}). Immutable and thread-safe.
 */
public final class TfIdfEstimator implements FeatureEstimator {
    private final VectorizerSettings settings;

    public TfIdfEstimator(VectorizerSettings settings) {
        this.settings = settings;
    }

    public VectorizerSettings settings() {
        return settings;
    }

    @Override
    public TermCounts newAccumulator() {
        return new TermCounts(this, settings.ngrams(), settings.pruneAt());
    }

    @Override
    public TfIdfModel fit(FitAccumulator counts) {
        if (!(counts instanceof TermCounts termCounts) || !termCounts.countsFor(this)) {
            throw new IllegalArgumentException("counts of another estimator: fit with the accumulator that this "
                    + "estimator's newAccumulator() made");
        }
        Vocabulary vocabulary = settings.vocabulary().isEmpty()
                ? Vocabulary.select(termCounts, settings.minDf(), settings.maxDf(), settings.maxFeatures(),
                        settings.binary())
                : Vocabulary.fixed(settings.vocabulary(), termCounts);
        return new TfIdfModel(settings, vocabulary);
    }
}
