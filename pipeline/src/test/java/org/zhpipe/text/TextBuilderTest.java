package org.zhpipe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextBuilderTest {
    @Test
    void unchangedCopyReturnsTheSource() {
        Text t = Text.of("你好");
        assertSame(t, new TextBuilder(t).copy(0, 2).build());
    }

    @Test
    void sameLengthReplacementKeepsIdentityAlignment() {
        Text t = Text.of("ＡB");
        Text u = new TextBuilder(t).replace(0, 1, "A").copy(1, 2).build();
        assertEquals("AB", u.current());
        assertTrue(u.isIdentityAligned());
    }

    @Test
    void deletionAndExpansion() {
        Text t = Text.of("a\u200Bb㎏");
        Text u = new TextBuilder(t).copy(0, 1).delete(1, 2).copy(2, 3).replace(3, 4, "kg").build();
        assertEquals("abkg", u.current());
        assertEquals(new Span(0, 1), u.originalSpan(0, 1));
        assertEquals(new Span(2, 3), u.originalSpan(1, 2));
        assertEquals(new Span(3, 4), u.originalSpan(2, 4));
        assertEquals(new Span(3, 4), u.originalSpan(3, 4));
    }

    @Test
    void prefixOnlyIsATruncation() {
        Text t = Text.of("abc");
        Text u = new TextBuilder(t).copy(0, 2).build();
        assertEquals("ab", u.current());
        assertEquals(new Span(0, 2), u.originalSpan(0, 2));
    }

    @Test
    void codePointReplacementOutsideTheBmp() {
        Text t = Text.of("a𠀀");
        Text u = new TextBuilder(t).copy(0, 1).replaceWithCodePoint(1, 3, 'X').build();
        assertEquals("aX", u.current());
        assertEquals(new Span(1, 3), u.originalSpan(1, 2));
    }
}
