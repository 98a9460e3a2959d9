package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
/** Parameters of {@code halfwidth}. Inline: {@code halfwidth}, {@code halfwidth:nfkc}. */
public record HalfwidthParams(
        @Doc("use ICU NFKC instead of the exact full-width ASCII mapping: also folds ① ℃ ㎏ ﹏ and half-width katakana")
        boolean nfkc) {
    public static final HalfwidthParams DEFAULTS = new HalfwidthParams(false);
}
