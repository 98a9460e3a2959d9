package org.zhpipe.testing;

import java.util.Locale;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Span;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** Tiny pipelines for the batch and output tests, built from lambdas so they depend on no real stage. */
public final class TestPipelines {
    private TestPipelines() {
    }

    /** Upper-cases ASCII letters (same length, so the alignment stays the identity). */
    public static TextStage upper() {
        return t -> t.derive(t.current().toUpperCase(Locale.ROOT), null, null);
    }

    /** One token per code point that is not white space, optionally tagged with {@code "x"}. */
    public static Segmenter perCodePoint(boolean tagged) {
        return text -> {
            String s = text.current();
            Tokens.Builder b = Tokens.builder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                if (!Character.isWhitespace(cp)) {
                    Span span = text.originalSpan(i, i + n);
                    b.add(s.substring(i, i + n), span.start(), span.end(), TokenType.WORD, tagged ? "x" : null);
                }
                i += n;
            }
            return b.build();
        };
    }

    public static Pipeline upperPipeline() {
        return Pipeline.builder().add("upper", upper()).build();
    }

    public static Pipeline segmenting(boolean tagged) {
        return Pipeline.builder().add("upper", upper()).add("chars", perCodePoint(tagged)).build();
    }

    /** Upper-cases, but throws on any text containing {@code boom}. */
    public static Pipeline throwingOnBoom() {
        TextStage boom = t -> {
            if (t.current().contains("boom")) {
                throw new IllegalStateException("cannot handle boom\nsecond line");
            }
            return t;
        };
        return Pipeline.builder().add("boom", boom).add("upper", upper()).build();
    }
}
