package org.zhpipe.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.zhpipe.text.Text;

/** One original offset per current offset, from zhpipe's alignment. */
class OffsetMapTest {
    @Test
    void anUnchangedTextMapsToItself() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, OffsetMap.of(Text.of("中文字")));
        assertArrayEquals(new int[] {0}, OffsetMap.of(Text.of("")));
    }

    @Test
    void charsSharingASpanDivideItRoundingUp() {
        // 記憶體 → 内存: both current chars come from the whole span [0, 3)
        Text t = Text.of("記憶體").derive("内存", new int[] {0, 0}, new int[] {3, 3});
        assertArrayEquals(new int[] {0, 2, 3}, OffsetMap.of(t));
    }

    @Test
    void neverInsideASurrogatePairOfTheOriginal() {
        // a𠀀b (4 chars, 𠀀 at [1, 3)) replaced as a whole by xyz: 4 * 1/3 rounds up to 2, inside 𠀀, so 3
        Text t = Text.of("a𠀀b").derive("xyz", new int[] {0, 0, 0}, new int[] {4, 4, 4});
        assertArrayEquals(new int[] {0, 3, 3, 4}, OffsetMap.of(t));
    }

    @Test
    void afterDeletedTextATokenStartsAfterItAndTheEndIsTheOriginalsEnd() {
        // "a  b " → "a b": the second space and the trailing one deleted
        Text t = Text.of("a  b ").deriveBySourceIndex("a b", new int[] {0, 1, 3});
        assertArrayEquals(new int[] {0, 1, 3, 5}, OffsetMap.of(t));
    }
}
