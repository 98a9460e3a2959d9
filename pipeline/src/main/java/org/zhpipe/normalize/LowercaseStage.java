package org.zhpipe.normalize;

import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.StageType;

/**
 * Lowercases every code point with Unicode's simple (one-to-one) lowercase mapping, {@link Character#toLowerCase(int)}:
 * locale-independent (no Turkish dotless-i surprises), never changes the number of code points, and maps İ (U+0130)
 * to a plain {@code i}. For full Unicode case folding (ß → ss, ς → σ) use {@link CaseFoldStage}.
 * Immutable and thread-safe.
 */
public final class LowercaseStage implements CodePointMapper {
    /** How {@code lowercase} maps case. */
    public enum CaseMode {
        /** Unicode simple lowercase per code point, locale-independent (Java's {@code Character.toLowerCase}). */
        LOWER,
        /** Unicode full case folding with ICU4J: ß → ss, ς → σ, ﬁ → fi. */
        FOLD
    }

    /** Parameters of {@code lowercase}. Inline: {@code lowercase}, {@code lowercase:fold}. */
    public record Params(
            @Doc("lower: simple per-code-point lowercase, locale-independent; fold: full Unicode case folding (ß → ss)")
            CaseMode mode) {
        public static final Params DEFAULTS = new Params(CaseMode.LOWER);
    }

    /** The stage type {@code lowercase}: this stage, or {@link CaseFoldStage} with {@code fold}. */
    public static final StageType<Params> TYPE = StageType.of("lowercase", StageKind.TEXT,
            "Locale-independent lowercase, or full Unicode case folding.",
            Params.DEFAULTS, "mode",
            p -> p.mode() == CaseMode.FOLD ? new CaseFoldStage() : new LowercaseStage());

    @Override
    public int map(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint;
        }
        return Character.toLowerCase(codePoint);
    }
}
