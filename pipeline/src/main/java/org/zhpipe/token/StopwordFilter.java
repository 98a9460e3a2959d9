package org.zhpipe.token;

import java.util.Objects;
import org.zhpipe.stage.TokenStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The {@code stopwords} stage: drops every token whose term is on a {@link StopwordList} and keeps the others exactly
 * as they are (term, offsets, type, tag). It does what the list says and nothing else: no token is dropped for its
 * part of speech, type or length (that is {@link TokenFilter}'s job, and only when asked).
 *
 * <pre>{@code
 * Pipeline p = Spec.parseInline("segment,stopwords:zh").build();
 * p.process("我们的生活").tokens().terms(); // [生活]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StopwordFilter implements TokenStage {
    private final StopwordList stopwords;

    public StopwordFilter(StopwordList stopwords) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
    }

    @Override
    public Tokens apply(Tokens tokens, Text text) {
        int n = tokens.size();
        Tokens.Builder kept = null;
        for (int i = 0; i < n; i++) {
            boolean stop = stopwords.contains(tokens.term(i));
            if (stop && kept == null) {
                kept = Tokens.builder(n - 1);
                for (int j = 0; j < i; j++) {
                    kept.add(tokens, j);
                }
            } else if (!stop && kept != null) {
                kept.add(tokens, i);
            }
        }
        return kept == null ? tokens : kept.build();
    }

    public StopwordList stopwords() {
        return stopwords;
    }

    @Override
    public String toString() {
        return "StopwordFilter[" + stopwords.size() + " terms]";
    }
}
