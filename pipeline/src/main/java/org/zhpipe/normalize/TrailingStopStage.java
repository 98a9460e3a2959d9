package org.zhpipe.normalize;

import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * Removes one full stop at the very end of the text: {@code .} U+002E, {@code 。} U+3002, {@code ．} U+FF0E or
 * {@code ｡} U+FF61. An ellipsis ({@code ...}, {@code …}) is left alone. Immutable and thread-safe.
 */
public final class TrailingStopStage implements TextStage {
    private static boolean isStop(char c) {
        return c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int n = s.length();
        if (n == 0 || !isStop(s.charAt(n - 1)) || (n >= 2 && s.charAt(n - 2) == '.' && s.charAt(n - 1) == '.')) {
            return text;
        }
        return new TextBuilder(text).copy(0, n - 1).delete(n - 1, n).build();
    }
}
