package org.zhpipe.stage;

/**
 * A feature stage that must learn from a corpus before it can run (Spark ML's Estimator): it counts documents into
 * {@link FitAccumulator}s, which merge, and {@link #fit} turns the merged counts into the {@link FeatureStage} that
 * applies what was learned. A pipeline holding an estimator cannot process documents; {@link Pipeline#fit} gives the
 * fitted pipeline.
 */
public interface FeatureEstimator extends Stage {
    /** An empty accumulator for this estimator; one per thread, merged at the end. */
    FitAccumulator newAccumulator();

    /**
     * The fitted stage.
     *
     * @param counts an accumulator from {@link #newAccumulator()} holding the whole corpus
     * @throws FitException when the corpus does not allow a model (no document, no term left after pruning)
     */
    FeatureStage fit(FitAccumulator counts);

    @Override
    default StageKind kind() {
        return StageKind.FEATURE;
    }
}
