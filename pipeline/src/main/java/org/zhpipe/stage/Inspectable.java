package org.zhpipe.stage;

import java.util.List;

/**
 * A stage that can say how it changed one input, beyond the text it returns: what {@code zhpipe explain} prints
 * under the stage's line (for {@code convert}, which dictionary entry rewrote each segment, as OpenCC's
 * {@code --inspect}). Implementations are thread-safe like the stage itself.
 */
public interface Inspectable {
    /**
     * Human-readable lines, one per change the stage made to {@code input} (the stage's input text, not the
     * original); empty when it changed nothing.
     */
    List<String> inspect(String input);
}
