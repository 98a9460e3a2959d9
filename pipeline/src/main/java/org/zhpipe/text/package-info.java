/**
 * The values that flow through a pipeline: {@link org.zhpipe.text.Text} (the original, the current text and the
 * alignment between them), {@link org.zhpipe.text.Tokens} (parallel arrays of terms, offsets into the original,
 * types and tags), {@link org.zhpipe.text.SparseVector}, and code-point helpers. Depends on nothing in zhpipe.
 */
@NullMarked
package org.zhpipe.text;

import org.jspecify.annotations.NullMarked;
