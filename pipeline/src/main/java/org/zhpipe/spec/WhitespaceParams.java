package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.normalize.WhitespaceStage;

/** Parameters of {@code whitespace}. Inline: {@code whitespace}, {@code whitespace:keepNewlines}. */
public record WhitespaceParams(
        @Doc("replace each run of white space (incl. U+3000, NBSP, tabs, line breaks) with one space")
        boolean collapse,
        @Doc("remove white space at the start and the end")
        boolean trim,
        @Doc("a collapsed run that holds a line break becomes a newline instead of a space")
        boolean keepNewlines,
        @Doc("UnicodeSet of invisible characters to delete; \"[]\" deletes none")
        String invisible) {
    public static final WhitespaceParams DEFAULTS =
            new WhitespaceParams(true, true, false, WhitespaceStage.DEFAULT_INVISIBLE);
}
