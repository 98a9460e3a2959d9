/**
 * Not API: helpers shared by zhpipe's data-file readers, public only so the readers in other packages can use them.
 * {@link org.zhpipe.internal.parse.Utf8Lines} (the one UTF-8 line scanner), {@link
 * org.zhpipe.internal.parse.Decimals} (the one decimal parser), {@link org.zhpipe.internal.parse.LineChars} (white
 * space in a line) and {@link org.zhpipe.internal.parse.Utf8} (strict decoding of one sequence).
 */
@NullMarked
package org.zhpipe.internal.parse;

import org.jspecify.annotations.NullMarked;
