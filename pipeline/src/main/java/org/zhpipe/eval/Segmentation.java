package org.zhpipe.eval;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Tokens;

/**
 * One line segmented into words: the text with white space removed, and the words as spans {@code [start, end)}
 * of UTF-16 indices into it that cover it exactly, in order, each at least one character long (SIGHAN's definition
 * of a segmentation). Immutable and thread-safe.
 *
 * <pre>{@code
 * Segmentation s = Segmentation.parse("我  喜欢\u3000北京");
 * s.text();      // "我喜欢北京"
 * s.start(1);    // 1
 * s.end(1);      // 3
 * s.word(1);     // "喜欢"
 * }</pre>
 */
public final class Segmentation {
    private static final int QUOTED = 8;

    private final String text;
    /** ends[i] is the exclusive end of word i; word i starts where word i - 1 ends. */
    private final int[] ends;

    private Segmentation(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    /**
     * Parses a segmented line: words separated by any run of white space ({@link #isSeparator}), such as the
     * bakeoff's two ASCII spaces or an ideographic space U+3000. Leading and trailing white space is ignored; a
     * blank line has no words.
     */
    public static Segmentation parse(CharSequence line) {
        StringBuilder text = new StringBuilder(line.length());
        int[] ends = new int[8];
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); ) {
            int cp = Character.codePointAt(line, i);
            int n = Character.charCount(cp);
            if (isSeparator(cp)) {
                if (inWord) {
                    if (words == ends.length) {
                        ends = Arrays.copyOf(ends, words * 2);
                    }
                    ends[words++] = text.length();
                    inWord = false;
                }
            } else {
                text.appendCodePoint(cp);
                inWord = true;
            }
            i += n;
        }
        if (inWord) {
            if (words == ends.length) {
                ends = Arrays.copyOf(ends, words + 1);
            }
            ends[words++] = text.length();
        }
        return new Segmentation(text.toString(), Arrays.copyOf(ends, words));
    }

    /**
     * Whether a code point separates words in a segmented file: Java white space ({@link Character#isWhitespace})
     * or a Unicode space separator ({@link Character#isSpaceChar}, which adds the no-break spaces).
     */
    public static boolean isSeparator(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /**
     * The tokens of a pipeline run on {@code text} as a segmentation of it: their original offsets must cover
     * {@code text} exactly, in order (see {@link #tilingProblem}).
     *
     * @throws IllegalArgumentException with the {@link #tilingProblem} as its message when they do not
     */
    public static Segmentation ofTokens(String text, Tokens tokens) {
        Optional<String> problem = tilingProblem(text, tokens);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = tokens.end(i);
        }
        return new Segmentation(text, ends);
    }

    /**
     * Why the tokens' offsets do not cover {@code text} exactly, in order, as a short phrase: a gap (a stage dropped
     * characters, e.g. stopwords), an overlap (search mode, or a conversion that maps one character to several), an
     * empty token, a token past the end, a boundary inside a surrogate pair. Empty when they do cover it.
     */
    public static Optional<String> tilingProblem(String text, Tokens tokens) {
        int covered = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (start > covered) {
                return Optional.of("no token covers " + quote(text, covered, Math.min(start, text.length())));
            } else if (start < covered) {
                return Optional.of("tokens overlap at [" + start + "," + covered + ")");
            } else if (end <= start) {
                return Optional.of("empty token at " + start);
            } else if (end > text.length()) {
                return Optional.of("token [" + start + "," + end + ") ends after the line (length " + text.length()
                        + ")");
            } else if (splitsSurrogatePair(text, end)) {
                return Optional.of("token boundary at " + end + " splits a surrogate pair");
            }
            covered = end;
        }
        return covered < text.length() ? Optional.of("no token covers " + quote(text, covered, text.length()))
                : Optional.empty();
    }

    private static boolean splitsSurrogatePair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    /** {@code "text" [start,end)}, the text cut to a few characters. */
    static String quote(String text, int start, int end) {
        return excerpt(text, start, end) + " [" + start + "," + end + ")";
    }

    /** {@code "text"}, cut to a few characters with an ellipsis. */
    static String excerpt(String text, int start, int end) {
        int cut = text.codePointCount(start, end) > QUOTED ? text.offsetByCodePoints(start, QUOTED) : end;
        return "\"" + text.substring(start, cut) + (cut < end ? "…" : "") + "\"";
    }

    /** The line with white space removed: the words concatenated. */
    public String text() {
        return text;
    }

    /** The number of words. */
    public int size() {
        return ends.length;
    }

    /** Start of word {@code i} in {@link #text()} (UTF-16 index, inclusive). */
    public int start(int i) {
        Objects.checkIndex(i, ends.length);
        return i == 0 ? 0 : ends[i - 1];
    }

    /** End of word {@code i} in {@link #text()} (UTF-16 index, exclusive). */
    public int end(int i) {
        return ends[Objects.checkIndex(i, ends.length)];
    }

    /** Word {@code i}. */
    public String word(int i) {
        return text.substring(start(i), end(i));
    }

    /** The words as an unmodifiable list view. */
    public List<String> words() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return word(index);
            }

            @Override
            public int size() {
                return ends.length;
            }
        };
    }

    /** Equal when both text and word boundaries are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Segmentation s && text.equals(s.text) && Arrays.equals(ends, s.ends);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(ends);
    }

    /** The words joined by one space. */
    @Override
    public String toString() {
        return String.join(" ", words());
    }
}
