/**
 * Text stages that normalize characters and keep the alignment to the original, each stage type declared in the
 * class named after it: {@code halfwidth} ({@link org.zhpipe.normalize.HalfwidthStage}), {@code lowercase},
 * {@code whitespace}, {@code html_unescape}, {@code filter} ({@link org.zhpipe.normalize.FilterStage}, which builds a
 * {@link org.zhpipe.normalize.UnicodeFilterStage}). Code-point mappers among them are fused into one pass by
 * {@link org.zhpipe.stage.FusedCodePointStage}. Immutable and thread-safe.
 */
@NullMarked
package org.zhpipe.normalize;

import org.jspecify.annotations.NullMarked;
