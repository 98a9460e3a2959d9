package org.zhpipe.stage;

/**
 * One step of a {@link Pipeline}. Implementations are immutable and thread-safe: one instance serves every document
 * and every thread. A stage is one of {@link TextStage}, {@link Segmenter} or {@link TokenStage}; the pipeline runs
 * them in that order.
 */
public interface Stage {
    /** The kind decides where the stage may stand in a pipeline. */
    StageKind kind();
}
