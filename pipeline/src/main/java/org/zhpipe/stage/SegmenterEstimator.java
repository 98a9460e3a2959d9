package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * A segmenter that must learn from a corpus before it can run ({@code segment} with {@code discover}): it counts the
 * documents' text, after the text stages, into {@link FitAccumulator}s, which merge, and {@link #fit} turns the
 * merged counts into the {@link Segmenter} that applies what was learned. Until then it cuts nothing: {@link
 * #segment} throws, and a {@link Pipeline} holding it {@link Pipeline#needsFitting() needs fitting}.
 */
public interface SegmenterEstimator extends Segmenter {
    /** An empty accumulator for this estimator; one per thread, merged at the end. */
    FitAccumulator newAccumulator();

    /**
     * The fitted segmenter.
     *
     * @param counts an accumulator from {@link #newAccumulator()} holding the whole corpus
     */
    Segmenter fit(FitAccumulator counts);

    /** @throws UnfittedStageException always: fit first */
    @Override
    default Tokens segment(Text text) {
        throw new UnfittedStageException("the segmenter learns from a corpus first: zhpipe fit, or Pipeline.fit");
    }
}
