package org.zhpipe.normalize;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.NoParams;
import org.zhpipe.stage.type.StageType;

/**
 * Decodes HTML 4 character references with Apache Commons Text ({@link StringEscapeUtils#UNESCAPE_HTML4}):
 * {@code &amp;} → {@code &}, {@code &lt;} → {@code <}, {@code &nbsp;} → U+00A0, {@code &#20013;} and {@code &#x4E2D;}
 * → 中. Each decoded character maps back to its whole reference. References that do not decode (unknown names,
 * code points beyond U+10FFFF) stay as they are. Tags are not removed. Immutable and thread-safe.
 */
public final class HtmlUnescapeStage implements TextStage {
    /** The stage type {@code html_unescape}; no parameters. */
    public static final StageType<NoParams> TYPE = StageType.of("html_unescape", StageKind.TEXT,
            "Decodes HTML character references (&amp; &nbsp; &#20013; ...) with Commons Text.",
            NoParams.DEFAULTS, null,
            p -> new HtmlUnescapeStage());

    private final CharSequenceTranslator translator = StringEscapeUtils.UNESCAPE_HTML4;

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int amp = s.indexOf('&');
        if (amp < 0) {
            return text;
        }
        TextBuilder out = new TextBuilder(text);
        StringWriter decoded = new StringWriter();
        int copied = 0;
        for (int i = amp; i >= 0 && i < s.length(); i = s.indexOf('&', i)) {
            decoded.getBuffer().setLength(0);
            int consumed = translate(s, i, decoded);
            if (consumed == 0) {
                i++;
                continue;
            }
            int end = i;
            for (int k = 0; k < consumed; k++) {
                end += Character.charCount(s.codePointAt(end));
            }
            out.copy(copied, i);
            out.replace(i, end, decoded.getBuffer());
            copied = end;
            i = end;
        }
        out.copy(copied, s.length());
        return out.build();
    }

    /** Code points of {@code s} consumed at {@code index}, 0 when there is no decodable reference there. */
    private int translate(String s, int index, StringWriter decoded) {
        try {
            return translator.translate(s, index, decoded);
        } catch (IllegalArgumentException e) {
            // a numeric reference beyond U+10FFFF: not a character, so leave the text as it is
            decoded.getBuffer().setLength(0);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter never throws
        }
    }
}
