package org.zhpipe.stage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * A stage that measures a whole document — named numeric {@linkplain #signalNames() signals} — and may drop it: a
 * dropped document ends its run through the pipeline, and its {@link Result} says which rules dropped it and carries
 * the signals measured so far. It changes neither the text nor the tokens. Among the text stages it sees the text as
 * it is at that point; after the segmenter it sees the tokens too. Immutable and thread-safe, like every stage.
 */
public interface DocumentStage extends Stage {
    /** The names of the signals {@link #judge} measures, in the order it writes them; unique within a pipeline. */
    List<String> signalNames();

    /** Whether the stage measures tokens, so that it must stand after the segmenter. */
    default boolean needsTokens() {
        return false;
    }

    /**
     * Measures one document: writes signal {@code i} of {@link #signalNames()} to {@code signals[from + i]}, and
     * returns the rules the document breaks, or an empty list to keep it.
     *
     * @param text   the document's text at this point of the pipeline
     * @param tokens the tokens at this point, or {@code null} when the stage stands before the segmenter
     */
    List<Violation> judge(Text text, @Nullable Tokens tokens, double[] signals, int from);

    /** The bounds on signals the stage drops by (for reports that draw them); empty when it has none. */
    default List<Bound> bounds() {
        return List.of();
    }

    @Override
    default StageKind kind() {
        return StageKind.DOCUMENT;
    }

    /**
     * A document is dropped when {@code signal} is below ({@code lower}) or above {@code value}.
     *
     * @param rule the rule's name in drops
     */
    record Bound(String signal, String rule, boolean lower, double value) {
    }

    /**
     * A rule a document breaks.
     *
     * @param rule   the rule's stable name, as a count key and a parameter name (e.g. {@code min_han_share})
     * @param detail what was measured against what, for people (e.g. {@code han_share 0.12 < 0.3})
     */
    record Violation(String rule, String detail) {
    }
}
