package org.zhpipe.normalize;

import org.zhpipe.stage.CodePointMapper;

/**
 * Lowercases every code point with Unicode's simple (one-to-one) lowercase mapping, {@link Character#toLowerCase(int)}:
 * locale-independent (no Turkish dotless-i surprises), never changes the number of code points, and maps İ (U+0130)
 * to a plain {@code i}. For full Unicode case folding (ß → ss, ς → σ) use {@link CaseFoldStage}.
 * Immutable and thread-safe.
 */
public final class LowercaseStage implements CodePointMapper {
    @Override
    public int map(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint;
        }
        return Character.toLowerCase(codePoint);
    }
}
