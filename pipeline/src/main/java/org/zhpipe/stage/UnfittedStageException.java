package org.zhpipe.stage;

/**
 * A pipeline with a {@link FeatureEstimator} was asked to process documents: it must be fitted first. The message
 * names the stage and how to fit it.
 */
public class UnfittedStageException extends IllegalStateException {
    public UnfittedStageException(String message) {
        super(message);
    }
}
