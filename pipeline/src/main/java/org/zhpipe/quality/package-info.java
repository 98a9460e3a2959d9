/**
 * Document quality: the {@code quality} stage ({@link org.zhpipe.quality.QualityStage}), a
 * {@link org.zhpipe.stage.DocumentStage} that measures {@link org.zhpipe.quality.QualitySignal}s — each with one
 * definition naming its source (zhpipe, datatrove's Gopher and FineWeb rules, data-juicer, ChineseWebText, MNBVC) —
 * and drops documents outside bounds, a {@link org.zhpipe.quality.QualityPreset}'s or the spec's.
 */
@NullMarked
package org.zhpipe.quality;

import org.jspecify.annotations.NullMarked;
