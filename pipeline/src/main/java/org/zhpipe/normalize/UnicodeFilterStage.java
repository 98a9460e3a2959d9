package org.zhpipe.normalize;

import com.ibm.icu.text.UnicodeSet;
import org.zhpipe.stage.CodePointMapper;

/**
 * Keeps the code points of an ICU {@link UnicodeSet} and drops every other one, or replaces each with a replacement
 * code point. Surrogate pairs are judged as the one code point they encode; a lone surrogate is kept only if the set
 * holds it. Immutable and thread-safe; the set is frozen.
 *
 * <pre>{@code
 * new UnicodeFilterStage(new UnicodeSet("[[:Han:][:L:][:Nd:] ]"), CodePointMapper.DELETE)
 * }</pre>
 */
public final class UnicodeFilterStage implements CodePointMapper {
    private final UnicodeSet keep;
    private final int replacement;

    /**
     * @param keep        the code points to keep
     * @param replacement the code point that replaces each dropped one, or {@link CodePointMapper#DELETE}
     */
    public UnicodeFilterStage(UnicodeSet keep, int replacement) {
        this.keep = keep.cloneAsThawed().freeze();
        this.replacement = replacement;
    }

    public UnicodeSet keep() {
        return keep;
    }

    @Override
    public int map(int codePoint) {
        return keep.contains(codePoint) ? codePoint : replacement;
    }
}
