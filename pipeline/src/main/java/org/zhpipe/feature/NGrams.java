package org.zhpipe.feature;

import java.util.function.Consumer;
import org.zhpipe.text.Tokens;

/**
 * Word n-grams of a document's tokens, as scikit-learn's {@code CountVectorizer(ngram_range=(min, max))} forms them:
 * the tokens themselves for n = 1, then for each n up to {@code max} every run of n consecutive tokens joined by one
 * space ({@code 机器 学习}). Immutable.
 *
 * @param min the shortest n-gram, at least 1
 * @param max the longest n-gram, at least {@code min}
 */
public record NGrams(int min, int max) {
    /** Single tokens only. */
    public static final NGrams UNIGRAMS = new NGrams(1, 1);

    public NGrams {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("an n-gram range [min, max] needs 1 ≤ min ≤ max, not [" + min + ", "
                    + max + "]");
        }
    }

    /** Calls {@code sink} with every n-gram of {@code tokens}: first all n = min, then n = min + 1, and so on. */
    public void forEach(Tokens tokens, Consumer<String> sink) {
        int size = tokens.size();
        for (int n = min; n <= max && n <= size; n++) {
            for (int i = 0; i + n <= size; i++) {
                sink.accept(n == 1 ? tokens.term(i) : join(tokens, i, n));
            }
        }
    }

    private static String join(Tokens tokens, int from, int n) {
        StringBuilder sb = new StringBuilder(n * 4);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(tokens.term(from + k));
        }
        return sb.toString();
    }
}
