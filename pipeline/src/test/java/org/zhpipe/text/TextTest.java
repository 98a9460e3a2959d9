package org.zhpipe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void identityTextMapsEveryIndexToItself() {
        Text t = Text.of("你好");
        assertTrue(t.isIdentityAligned());
        assertEquals(new Span(0, 2), t.originalSpan(0, 2));
        assertEquals(2, t.originalStart(2));
    }

    @Test
    void emptyText() {
        Text t = Text.of("");
        assertEquals(new Span(0, 0), t.originalSpan(0, 0));
        Text shrunk = Text.of("  ").derive("", new int[0], new int[0]);
        assertEquals(new Span(2, 2), shrunk.originalSpan(0, 0));
    }

    @Test
    void lengthChangingReplacementMapsToWholeSpan() {
        // 記憶體 → 内存: both output chars come from the three input chars
        Text t = Text.of("買記憶體了").derive("買内存了", new int[] {0, 1, 1, 4}, new int[] {1, 4, 4, 5});
        assertEquals(new Span(1, 4), t.originalSpan(1, 3));
        assertEquals(new Span(1, 4), t.originalSpan(2, 3));
        assertEquals(new Span(4, 5), t.originalSpan(3, 4));
        assertEquals("記憶體", t.original().substring(1, 4));
    }

    @Test
    void derivationsCompose() {
        Text t = Text.of("a  b").derive("a b", new int[] {0, 1, 3}, new int[] {1, 3, 4});
        Text u = t.derive("b", new int[] {2}, new int[] {3});
        assertEquals(new Span(3, 4), u.originalSpan(0, 1));
        Text v = t.derive("a", new int[] {0}, new int[] {1});
        assertEquals(new Span(0, 1), v.originalSpan(0, 1));
    }

    @Test
    void supplementaryCharacterMapsToItsPair() {
        String s = "𠀀x";
        Text t = Text.of(s).derive("Yx", new int[] {0, 2}, new int[] {2, 3});
        assertEquals(new Span(0, 2), t.originalSpan(0, 1));
    }

    @Test
    void identityDeriveNeedsEqualLength() {
        assertThrows(IllegalArgumentException.class, () -> Text.of("ab").derive("a", null, null));
        Text t = Text.of("ab");
        assertSame(t.original(), t.derive("AB", null, null).original());
    }

    @Test
    void deletionsOnEveryKindOfAlignment() {
        // identity → deletions
        Text t = Text.of("a。b。c").deriveByDeletions("abc", new int[] {1, 3}, 2);
        assertEquals(new Span(0, 1), t.originalSpan(0, 1));
        assertEquals(new Span(2, 3), t.originalSpan(1, 2));
        assertEquals(new Span(4, 5), t.originalSpan(2, 3));
        assertEquals(5, t.originalStart(3));
        // deletions → more deletions, merged in original order
        Text u = t.deriveByDeletions("c", new int[] {0, 1}, 2);
        assertEquals(new Span(4, 5), u.originalSpan(0, 1));
        // spans → deletions
        Text spans = Text.of("xx記憶體y").derive("x内存y", new int[] {0, 2, 2, 5}, new int[] {2, 5, 5, 6});
        Text v = spans.deriveByDeletions("x存y", new int[] {1}, 1);
        assertEquals(new Span(2, 5), v.originalSpan(1, 2));
        assertEquals(new Span(5, 6), v.originalSpan(2, 3));
        assertEquals(new Span(0, 2), v.originalSpan(0, 1));
        // everything deleted
        Text w = Text.of("。。").deriveByDeletions("", new int[] {0, 1}, 2);
        assertEquals(new Span(2, 2), w.originalSpan(0, 0));
    }
}
