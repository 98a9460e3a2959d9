package org.zhpipe.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The positions of words and their sub-words (a JUnit 5 test, beside Lucene's JUnit 4 ones). */
class TokenPositionsTest {
    @Test
    void subWordsStandOnTheirWordsPosition() {
        // 清华大学 [0,4) then 清华 [0,2) and 大学 [2,4); 了 [4,5)
        Tokens tokens = Tokens.builder(4)
                .add("清华大学", 0, 4, TokenType.WORD).add("清华", 0, 2, TokenType.WORD)
                .add("大学", 2, 4, TokenType.WORD).add("了", 4, 5, TokenType.WORD).build();
        TokenPositions p = TokenPositions.of(tokens);
        assertArrayEquals(new int[] {0, 1, 2, 3}, p.order);
        assertArrayEquals(new int[] {1, 0, 0, 1}, p.increments);
    }

    @Test
    void tokensOutOfOrderAreEmittedByStart() {
        Tokens tokens = Tokens.builder(2)
                .add("b", 2, 3, TokenType.WORD).add("a", 0, 1, TokenType.WORD).build();
        TokenPositions p = TokenPositions.of(tokens);
        assertArrayEquals(new int[] {1, 0}, p.order);
        assertArrayEquals(new int[] {1, 1}, p.increments);
    }

    @Test
    void aTokenOverlappingTheWordsEndIsTheNextWord() {
        Tokens tokens = Tokens.builder(3)
                .add("ab", 0, 2, TokenType.WORD).add("b", 1, 2, TokenType.WORD).add("bc", 1, 3, TokenType.WORD)
                .build();
        TokenPositions p = TokenPositions.of(tokens);
        assertArrayEquals(new int[] {1, 0, 1}, p.increments);
    }

    @Test
    void noTokensNoPositions() {
        TokenPositions p = TokenPositions.of(Tokens.empty());
        assertArrayEquals(new int[0], p.order);
        assertArrayEquals(new int[0], p.increments);
    }
}
