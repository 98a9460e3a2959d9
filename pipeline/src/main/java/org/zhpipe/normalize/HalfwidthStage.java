package org.zhpipe.normalize;

import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.StageType;

/**
 * Full-width ASCII to half-width: exactly U+FF01–U+FF5E → U+0021–U+007E (minus 0xFEE0) and the ideographic space
 * U+3000 → U+0020; nothing else changes. {@code ＡＢＣ１２３，你好　世界！} → {@code ABC123,你好 世界!}.
 *
 * <p>For the wider Unicode compatibility folding (① → 1, ℃ → °C, ﹏ → _, half-width katakana → full-width) use
 * {@link NfkcStage}. Immutable and thread-safe.
 */
public final class HalfwidthStage implements CodePointMapper {
    /** Parameters of {@code halfwidth}. Inline: {@code halfwidth}, {@code halfwidth:nfkc}. */
    public record Params(
            @Doc("use ICU NFKC instead of the exact full-width ASCII mapping: also folds ① ℃ ㎏ ﹏ and half-width "
                    + "katakana")
            boolean nfkc) {
        public static final Params DEFAULTS = new Params(false);
    }

    /** The stage type {@code halfwidth}: this stage, or {@link NfkcStage} with {@code nfkc}. */
    public static final StageType<Params> TYPE = StageType.of("halfwidth", StageKind.TEXT,
            "Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to half-width; or ICU NFKC.",
            Params.DEFAULTS, "nfkc",
            p -> p.nfkc() ? new NfkcStage() : new HalfwidthStage());

    @Override
    public int map(int codePoint) {
        if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
            return codePoint - 0xFEE0;
        }
        return codePoint == 0x3000 ? 0x20 : codePoint;
    }
}
