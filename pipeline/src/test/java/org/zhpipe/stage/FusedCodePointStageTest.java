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

    @Test
    void mappingUtf8BytesGivesTheBytesOfTheMappedText() {
        CodePointMapper toNewline = cp -> cp == '|' ? '\n' : cp;
        CodePointMapper toSurrogate = cp -> cp == '~' ? 0xD800 : cp;
        List<FusedCodePointStage> stages = List.of(new FusedCodePointStage(List.of(upper, dropX)),
                new FusedCodePointStage(List.of(emojiToStar, dropFFFF)), new FusedCodePointStage(List.of(starToEmoji)),
                new FusedCodePointStage(List.of(toNewline, upper)), new FusedCodePointStage(List.of(toSurrogate)),
                (FusedCodePointStage) org.zhpipe.spec.Spec.parseInline("halfwidth,lowercase,filter:cjk_ascii").build()
                        .codePointMapping().orElseThrow());
        String[] pool = {"a", "x", "X", "中", "Ａ", "１", "，", "😀", "𠀀", "*", "|", "~", "\r", "\uFFFF", "\uFFFE", "é",
                "\u3000", " ", "\u0000", "\u07FF", "\u0800"};
        java.util.Random random = new java.util.Random(3);
        int mapped = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                sb.append(pool[random.nextInt(pool.length)]);
            }
            String text = sb.toString();
            FusedCodePointStage stage = stages.get(random.nextInt(stages.size()));
            FusedCodePointStage.Utf8Mapping m = stage.mapUtf8(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String expected = stage.apply(Text.of(text)).current();
            if (m == null) {
                // only what a text line cannot hold as it is goes back to the string path
                assertTrue(expected.indexOf('\n') >= 0 || expected.indexOf('\r') >= 0
                        || expected.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE
                                && c <= Character.MAX_SURROGATE), text);
                continue;
            }
            mapped++;
            assertEquals(expected, new String(m.utf8(), java.nio.charset.StandardCharsets.UTF_8), text);
            assertEquals(text.codePointCount(0, text.length()), m.codePointsIn(), text);
            assertEquals(expected.codePointCount(0, expected.length()), m.codePointsOut(), text);
        }
        assertTrue(mapped > 10_000, "mapped " + mapped);
    }

    @Test
    void bytesThatAreNotUtf8AreLeftToTheStringPath() {
        FusedCodePointStage stage = new FusedCodePointStage(List.of(upper));
        assertEquals(null, stage.mapUtf8(new byte[] {'a', (byte) 0xC3}));
        assertEquals(null, stage.mapUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})); // a surrogate
        assertEquals(null, stage.mapUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})); // not the shortest form
        assertEquals("AB", new String(stage.mapUtf8(new byte[] {'a', 'b'}).utf8(),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
