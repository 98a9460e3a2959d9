package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
/** Parameters of {@code filter}. Inline: {@code filter:cjk_ascii}, {@code filter:[[:Han:][:Latin:]]}. */
public record FilterParams(
        @Doc("what to keep: a preset (cjk_ascii, han_letters_digits) or an ICU UnicodeSet pattern such as "
                + "\"[[:Han:][:Latin:][:Nd:]]\"; required")
        String keep,
        @Doc("one character that replaces each dropped character; empty drops them")
        String replacement,
        @Doc("also remove one full stop (. 。 ． ｡) at the end of the text")
        boolean stripTrailingStop) {
    public static final FilterParams DEFAULTS = new FilterParams(null, "", false);

    public FilterParams {
        if (replacement != null && replacement.codePointCount(0, replacement.length()) > 1) {
            throw new InvalidParameterException("replacement",
                    "expected one character or the empty string, got \"" + replacement + "\" ("
                            + replacement.codePointCount(0, replacement.length()) + " characters)");
        }
    }
}
