package org.zhpipe.segment;

import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.NoParams;
import org.zhpipe.stage.type.StageType;

/** The stage type {@code tokenize}: it builds a {@link BasicTokenizer}; no parameters. */
public final class TokenizeStage {
    /** The stage type {@code tokenize}. */
    public static final StageType<NoParams> TYPE = StageType.of("tokenize", StageKind.SEGMENTER,
            "Rule-based segmenter: one token per Han character, words, numbers, punctuation, symbols.",
            NoParams.DEFAULTS, null,
            p -> new BasicTokenizer());

    private TokenizeStage() {
    }
}
