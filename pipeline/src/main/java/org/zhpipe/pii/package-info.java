/**
 * Masking personal data: the {@code pii} text stage ({@link org.zhpipe.pii.PiiStage}), which replaces mainland phone,
 * ID and bank card numbers, e-mail and IP addresses, URLs with secrets, labelled QQ and WeChat IDs and Hong Kong and
 * Taiwan ID numbers with typed placeholders ({@code <PHONE>}, {@code <ID_CARD>}, ...) while keeping the alignment to
 * the original. One hand-written scan over the text with cheap triggers, candidates verified by their check digits,
 * dates and layouts; the kinds are {@link org.zhpipe.pii.PiiType}. Immutable and thread-safe; nothing is null
 * (JSpecify).
 */
@NullMarked
package org.zhpipe.pii;

import org.jspecify.annotations.NullMarked;
