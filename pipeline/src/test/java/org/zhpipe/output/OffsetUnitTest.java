package org.zhpipe.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetUnitTest {
    @Test
    void utf16OffsetsAreUnchanged() {
        OffsetUnit.Converter c = OffsetUnit.UTF16.converter("😀a");
        assertEquals(2, c.convert(2));
        assertEquals(0, c.convert(0));
    }

    @Test
    void codePointsCountSupplementaryCharactersOnce() {
        String s = "𠀀a😀😀b";
        OffsetUnit.Converter c = OffsetUnit.CODE_POINT.converter(s);
        assertEquals(0, c.convert(0));
        assertEquals(1, c.convert(2));
        assertEquals(2, c.convert(3));
        assertEquals(2, c.convert(3));
        assertEquals(4, c.convert(7));
        assertEquals(5, c.convert(8));
        // going back is allowed, just not cheap
        assertEquals(1, c.convert(2));
        assertEquals(s.codePointCount(0, s.length()), OffsetUnit.CODE_POINT.converter(s).convert(s.length()));
    }
}
