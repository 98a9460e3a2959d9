package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Mergeable counts from part of a corpus, for a {@link FeatureEstimator}. Not thread-safe: each thread counts into
 * its own and the parts are merged in corpus order. Exact counts do not depend on how the corpus was split; an
 * accumulator with a memory cap that had to drop terms (see {@code TermCounts}) gives approximate counts that may.
 */
public interface FitAccumulator {
    /** Counts one document. */
    void add(Tokens tokens, Text text);

    /**
     * Adds {@code later}'s counts to this one; {@code later} holds documents that come after this one's and must not
     * be used afterwards.
     *
     * @throws IllegalArgumentException when {@code later} comes from another estimator
     */
    void merge(FitAccumulator later);

    /** The number of documents counted. */
    long documents();

    /** What was counted so far, as a value that another JVM can hold and merge without the estimator. */
    CorpusCounts counts();

    /**
     * Adds counts taken from accumulators of an equal estimator (built from the same spec), possibly on other
     * machines, as {@link #merge} adds an accumulator's; then the memory cap applies as after a merge.
     */
    void add(CorpusCounts later);
}
