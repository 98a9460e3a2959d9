package org.zhpipe.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one line scanner: line breaks, byte order marks, strict UTF-8, NUL bytes, and errors made by the reader. */
class Utf8LinesTest {
    /** A reader's own exception type, as the loaders have. */
    static final class LineProblem extends RuntimeException {
        LineProblem(int line, String problem) {
            super(line + ": " + problem);
        }
    }

    private static List<String> lines(Utf8Lines lines) {
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(lines.number() + ":" + lines.line() + (lines.broken() ? "⏎" : ""));
        }
        return out;
    }

    private static List<String> any(byte[] bytes) {
        return lines(Utf8Lines.anyBreak(bytes, LineProblem::new));
    }

    private static List<String> lf(byte[] bytes) {
        return lines(Utf8Lines.lfBreak(bytes, LineProblem::new));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anyBreakEndsLinesAtLfCrAndCrLf() {
        assertEquals(List.of("1:a⏎", "2:b⏎", "3:c⏎", "4:⏎", "5:d"), any(utf8("a\nb\r\nc\r\rd")));
        assertEquals(List.of("1:北京⏎"), any(utf8("北京\n")));
        assertEquals(List.of(), any(new byte[0]));
        assertEquals(List.of("1:⏎"), any(utf8("\n")));
    }

    @Test
    void lfBreakKeepsALoneCrAndNulAsData() {
        assertEquals(List.of("1:a⏎", "2:b\rc⏎", "3:d\0e"), lf(utf8("a\r\nb\rc\nd\0e")));
    }

    @Test
    void aByteOrderMarkAtTheStartIsDropped() {
        assertEquals(List.of("1:词⏎", "2:\uFEFFx"), any(utf8("\uFEFF词\n\uFEFFx")));
    }

    @Test
    void supplementaryCharactersArePairs() {
        Utf8Lines lines = Utf8Lines.anyBreak(utf8("𠀀a"), LineProblem::new);
        lines.next();
        assertEquals(3, lines.length());
        assertEquals("𠀀a", lines.line());
    }

    @Test
    void longLinesGrowTheBuffer() {
        String longLine = "字".repeat(10_000);
        assertEquals(List.of("1:" + longLine + "⏎", "2:x"), any(utf8(longLine + "\nx")));
    }

    @Test
    void malformedUtf8AndNulAreTheReadersErrorsOnTheirLine() {
        byte[] bad = {'o', 'k', '\n', 'a', (byte) 0xC3, '\n'};
        assertEquals("2: not valid UTF-8", assertThrows(LineProblem.class, () -> any(bad)).getMessage());
        for (byte[] b : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0,
                (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF})) {
            assertEquals("1: not valid UTF-8", assertThrows(LineProblem.class, () -> lf(b)).getMessage());
        }
        assertEquals("3: " + Utf8Lines.NUL, assertThrows(LineProblem.class, () -> any(utf8("a\nb\nc\0"))).getMessage());
    }
}
