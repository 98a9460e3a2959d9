package org.zhpipe.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The positions of words and their sub-words (a JUnit 5 test, beside Lucene's JUnit 4 ones). */
class TokenGraphTest {
    @Test
    void wordsFollowOneAnotherAndSubWordsSpanTheirPartsOfTheWord() {
        // 清华大学 [0,4) then 清华 [0,2) and 大学 [2,4); 了 [4,5)
        Tokens tokens = Tokens.builder(4)
                .add("清华大学", 0, 4, TokenType.WORD).add("清华", 0, 2, TokenType.WORD)
                .add("大学", 2, 4, TokenType.WORD).add("了", 4, 5, TokenType.WORD).build();
        TokenGraph g = TokenGraph.of(tokens);
        assertArrayEquals(new int[] {0, 1, 2, 3}, g.order);
        assertArrayEquals(new int[] {1, 0, 1, 1}, g.increments);
        assertArrayEquals(new int[] {2, 1, 1, 1}, g.lengths);
    }

    @Test
    void tokensOutOfOrderAreEmittedByStart() {
        Tokens tokens = Tokens.builder(2)
                .add("b", 2, 3, TokenType.WORD).add("a", 0, 1, TokenType.WORD).build();
        TokenGraph g = TokenGraph.of(tokens);
        assertArrayEquals(new int[] {1, 0}, g.order);
        assertArrayEquals(new int[] {1, 1}, g.increments);
        assertArrayEquals(new int[] {1, 1}, g.lengths);
    }

    @Test
    void anEmptySpanStillTakesOnePosition() {
        Tokens tokens = Tokens.builder(2)
                .add("<X>", 1, 1, TokenType.PLACEHOLDER).add("a", 1, 2, TokenType.WORD).build();
        TokenGraph g = TokenGraph.of(tokens);
        assertArrayEquals(new int[] {1, 1}, g.increments);
        assertArrayEquals(new int[] {1, 1}, g.lengths);
    }

    @Test
    void noTokensNoPositions() {
        TokenGraph g = TokenGraph.of(Tokens.empty());
        assertArrayEquals(new int[0], g.order);
    }
}
