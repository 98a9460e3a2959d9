package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static List<String> lines(String input, int bufferSize) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), bufferSize)) {
            byte[] line;
            while ((line = reader.readLine()) != null) {
                lines.add(new String(line, StandardCharsets.UTF_8));
                assertEquals(lines.size(), reader.lineNumber());
            }
            assertNull(reader.readLine());
        }
        return lines;
    }

    @Test
    void splitsOnLfAndCrLfKeepingEmptyLinesAndALastLineWithoutNewline() throws IOException {
        for (int bufferSize : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(List.of("一", "", "二\rX", "三", "", "last"),
                    lines("一\n\r\n二\rX\r\n三\n\nlast", bufferSize), "buffer " + bufferSize);
        }
    }

    @Test
    void aFinalNewlineDoesNotMakeAnExtraLine() throws IOException {
        assertEquals(List.of("a", "b"), lines("a\nb\n", 4));
        assertEquals(List.of(""), lines("\n", 4));
        assertEquals(List.of(""), lines("\r\n", 1));
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertEquals(List.of(), lines("", 8));
    }

    @Test
    void aLineLongerThanTheBufferIsWhole() throws IOException {
        String longLine = "长".repeat(10_000);
        assertEquals(List.of(longLine, "x"), lines(longLine + "\r\nx", 100));
    }

    /** Lines read with a maximum, a too-long one rendered as {@code <too long: N>}. */
    private static List<String> limited(String input, int bufferSize, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), bufferSize, max)) {
            byte[] line;
            while ((line = reader.readLine()) != null) {
                lines.add(reader.lastLineTooLong() ? "<too long: " + reader.lastLength() + ">"
                        : new String(line, StandardCharsets.UTF_8));
                assertEquals(lines.size(), reader.lineNumber());
            }
        }
        return lines;
    }

    @Test
    void aLineLongerThanTheMaximumIsReadPastAndFlagged() throws IOException {
        for (int bufferSize : new int[] {1, 3, 8, 1 << 16}) {
            assertEquals(List.of("abcd", "<too long: 5>", "ab", "<too long: 12>", "x"),
                    limited("abcd\r\nabcde\nab\n" + "z".repeat(12) + "\nx", bufferSize, 4), "buffer " + bufferSize);
            assertEquals(List.of("<too long: 6>"), limited("abcdef", bufferSize, 4), "buffer " + bufferSize);
        }
    }

    /**
     * On random bytes rich in 0x0A and its neighbours (0x09, 0x0B, 0x8A, 0x00, 0xFF, CR), the lines are those of a
     * plain split, whatever the buffer size.
     */
    @Property(tries = 500)
    void linesEqualAPlainSplitOfRandomBytes(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 7) Integer> picks,
                                            @ForAll @IntRange(min = 1, max = 40) int bufferSize) throws IOException {
        byte[] alphabet = {'\n', '\r', 0x09, 0x0B, (byte) 0x8A, 0x00, (byte) 0xFF, 'a'};
        byte[] bytes = new byte[picks.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[picks.get(i)];
        }
        List<String> expected = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length ? start < bytes.length : bytes[i] == '\n') {
                // one CR before the LF is the line ending's; at the end of the stream too (as for "a\r\n" cut short)
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                expected.add(java.util.HexFormat.of().formatHex(bytes, start, end));
                start = i + 1;
            }
        }
        for (int size : new int[] {bufferSize, 1 << 16}) {
            List<String> lines = new ArrayList<>();
            try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), size)) {
                for (byte[] line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(java.util.HexFormat.of().formatHex(line));
                }
            }
            assertEquals(expected, lines, "buffer " + size);
        }
    }
}
