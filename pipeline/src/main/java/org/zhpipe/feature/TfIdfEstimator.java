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
        if (!(counts instanceof TermCounts termCounts)) {
            throw new IllegalArgumentException("counts of another estimator");
        }
        Vocabulary vocabulary = settings.vocabulary().isEmpty()
                ? Vocabulary.select(termCounts, settings.minDf(), settings.maxDf(), settings.maxFeatures(),
                        settings.binary())
                : Vocabulary.fixed(settings.vocabulary(), termCounts);
        if (settings.useIdf() && settings.idf().dividesByDf(settings.smoothIdf())) {
            for (int i = 0; i < vocabulary.size(); i++) {
                if (vocabulary.documentFrequency(i) == 0) {
                    throw new FitException("the term \"" + vocabulary.term(i) + "\" of the vocabulary occurs in no "
                            + "document, so its idf (" + settings.idf().name().toLowerCase(java.util.Locale.ROOT)
                            + " without smoothing) divides by zero: remove it, or keep smoothIdf (the default)");
                }
            }
        }
        return new TfIdfModel(settings, vocabulary);
    }
}
