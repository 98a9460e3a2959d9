package org.zhpipe.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.Span;
import org.zhpipe.text.Text;

class FusedCodePointStageTest {
    private final CodePointMapper upper = cp -> cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    private final CodePointMapper dropX = cp -> cp == 'X' ? CodePointMapper.DELETE : cp;
    private final CodePointMapper emojiToStar = cp -> cp == 0x1F600 ? '*' : cp;
    private final CodePointMapper starToEmoji = cp -> cp == '*' ? 0x1F600 : cp;
    private final CodePointMapper dropFFFF = cp -> cp == 0xFFFF ? CodePointMapper.DELETE : cp;

    @Test
    void appliesMappersInOrder() {
        FusedCodePointStage fused = new FusedCodePointStage(List.of(upper, dropX));
        assertEquals("ABC", fused.apply(Text.of("axbxc")).current());
        FusedCodePointStage other = new FusedCodePointStage(List.of(dropX, upper));
        assertEquals("AXBXC", other.apply(Text.of("axbxc")).current());
    }

    @Test
    void unchangedInputIsReturnedAsIs() {
        Text t = Text.of("ABC你好𠀀");
        assertSame(t, new FusedCodePointStage(List.of(upper, dropX)).apply(t));
    }

    @Test
    void sameLengthChangesKeepIdentityAlignment() {
        Text t = new FusedCodePointStage(List.of(upper)).apply(Text.of("ab𠀀c"));
        assertEquals("AB𠀀C", t.current());
        assertTrue(t.isIdentityAligned());
    }

    @Test
    void deletionsAndPlaneChangesAreAligned() {
        Text t = new FusedCodePointStage(List.of(dropX, emojiToStar)).apply(Text.of("aX😀b"));
        assertEquals("a*b", t.current());
        assertEquals(new Span(2, 4), t.originalSpan(1, 2));
        assertEquals(new Span(4, 5), t.originalSpan(2, 3));
        Text u = new FusedCodePointStage(List.of(starToEmoji)).apply(Text.of("a*b"));
        assertEquals("a😀b", u.current());
        assertEquals(new Span(1, 2), u.originalSpan(1, 3));
        assertEquals(new Span(2, 3), u.originalSpan(3, 4));
    }

    @Test
    void theTableMarkerCharacterIsStillMapped() {
        assertEquals("ab", new FusedCodePointStage(List.of(dropFFFF)).apply(Text.of("a\uFFFFb")).current());
        assertEquals("A\uFFFFB", new FusedCodePointStage(List.of(upper)).apply(Text.of("a\uFFFFb")).current());
    }

    @Test
    void loneSurrogatesPassAsThemselves() {
        Text t = new FusedCodePointStage(List.of(upper)).apply(Text.of("a\uD800b\uDC00"));
        assertEquals("A\uD800B\uDC00", t.current());
    }

    @Test
    void nestedFusionFlattens() {
        FusedCodePointStage inner = new FusedCodePointStage(List.of(upper));
        FusedCodePointStage outer = new FusedCodePointStage(List.of(inner, dropX));
        assertEquals(2, outer.mappers().size());
    }
}
