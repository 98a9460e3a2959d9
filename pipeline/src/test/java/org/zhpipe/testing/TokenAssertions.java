package org.zhpipe.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.zhpipe.stage.Result;
import org.zhpipe.text.Tokens;

/** Lucene-style token assertions: terms, starts and ends, plus the invariants every token must satisfy. */
public final class TokenAssertions {
    private TokenAssertions() {
    }

    /** Asserts terms and original offsets, and that every offset is sane for {@code original}. */
    public static void assertTokens(Tokens tokens, String original, String[] terms, int[] starts, int[] ends) {
        assertEquals(List.of(terms), tokens.terms(), "terms");
        int[] actualStarts = new int[tokens.size()];
        int[] actualEnds = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            actualStarts[i] = tokens.start(i);
            actualEnds[i] = tokens.end(i);
        }
        assertArrayEquals(starts, actualStarts, "starts");
        assertArrayEquals(ends, actualEnds, "ends");
        assertOffsetsValid(tokens, original);
    }

    /** Offsets in bounds, monotone, never splitting a surrogate pair of the original. */
    public static void assertOffsetsValid(Tokens tokens, String original) {
        int lastStart = 0;
        int lastEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            assertTrue(0 <= s && s <= e && e <= original.length(), "token " + i + " out of bounds: " + tokens);
            assertTrue(s >= lastStart && e >= lastEnd, "token " + i + " not monotone: " + tokens);
            assertTrue(!splitsPair(original, s) && !splitsPair(original, e), "token " + i + " splits a pair");
            lastStart = s;
            lastEnd = e;
        }
    }

    /** For results of pipelines whose text stages do not rewrite characters: the token is the original text. */
    public static void assertTokensAreOriginalText(Result result) {
        String original = result.text().original();
        Tokens tokens = result.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(tokens.term(i), original.substring(tokens.start(i), tokens.end(i)), "token " + i);
        }
    }

    private static boolean splitsPair(String s, int index) {
        return index > 0 && index < s.length()
                && Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index));
    }
}
