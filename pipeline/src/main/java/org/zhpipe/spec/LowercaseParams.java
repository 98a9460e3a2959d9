package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
/** Parameters of {@code lowercase}. Inline: {@code lowercase}, {@code lowercase:fold}. */
public record LowercaseParams(
        @Doc("lower: simple per-code-point lowercase, locale-independent; fold: full Unicode case folding (ß → ss)")
        CaseMode mode) {
    public static final LowercaseParams DEFAULTS = new LowercaseParams(CaseMode.LOWER);
}
