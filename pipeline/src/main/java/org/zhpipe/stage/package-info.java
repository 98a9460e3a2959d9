/**
 * The stage interfaces (text, segmenter, token and feature stages; estimators and their mergeable accumulators) and
 * the immutable, thread-safe {@link org.zhpipe.stage.Pipeline} that runs them on one document and returns a
 * {@link org.zhpipe.stage.Result}. Depends only on {@code text}.
 */
@NullMarked
package org.zhpipe.stage;

import org.jspecify.annotations.NullMarked;
