package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes the readers of corpus lines: {@link LineReader} and {@link LineDecoder} with the bytes of an input file,
 * and {@link JsonRecord} with one JSONL line. Line splitting must not depend on the buffer size and must give back
 * every byte but the line endings; a strict decode either gives the text or points at bytes inside the line; a JSONL
 * record either parses, renders back to a record that parses to the new text, or is a {@link RecordProblem} with a
 * message for the user. Seeds: {@code LineFuzzTestInputs/<method>/}.
 */
class LineFuzzTest {
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5"), StandardCharsets.ISO_8859_1);
    private static final Pipeline TOKENIZE = Spec.parseInline("tokenize").build();

    @FuzzTest
    void lines(byte[] bytes) throws IOException {
        List<byte[]> lines = readLines(bytes, 1 << 16);
        for (int bufferSize : new int[] {1, 2, 7}) {
            List<byte[]> again = readLines(bytes, bufferSize);
            assertEquals(lines.size(), again.size(), "buffer size " + bufferSize);
            for (int i = 0; i < lines.size(); i++) {
                assertArrayEquals(lines.get(i), again.get(i), "buffer size " + bufferSize + ", line " + (i + 1));
            }
        }
        // the lines are the input without its line endings: LF, and one CR before it
        int expectedLines = 0;
        for (byte b : bytes) {
            expectedLines += b == '\n' ? 1 : 0;
        }
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            expectedLines++;
        }
        assertEquals(expectedLines, lines.size());
        for (byte[] line : lines) {
            for (byte b : line) {
                assertTrue(b != '\n', "a line holds a line feed");
            }
            for (Charset charset : CHARSETS) {
                decode(line, charset);
            }
        }
    }

    private static void decode(byte[] line, Charset charset) {
        LineDecoder.Decoded decoded = LineDecoder.decode(line, charset);
        if (decoded.ok()) {
            assertEquals(LineDecoder.decodeLenient(line, charset), decoded.text(), charset::name);
        } else {
            assertTrue(decoded.errorOffset() >= 0 && decoded.errorOffset() < line.length,
                    () -> charset + ": error offset " + decoded.errorOffset() + " of " + line.length);
            String message = LineDecoder.describe(decoded, line, charset, "encoding");
            assertFalse(message.isBlank());
        }
    }

    @FuzzTest
    void jsonRecord(byte[] bytes) throws Exception {
        String line = new String(bytes, StandardCharsets.UTF_8);
        for (boolean addTokens : new boolean[] {false, true}) {
            FuzzChecks.expectOnly(line, () -> {
                JsonRecord record = JsonRecord.parse(line, "text", addTokens, "field");
                Result result = TOKENIZE.process(record.text());
                String newText = result.output();
                for (OffsetUnit unit : OffsetUnit.values()) {
                    String rendered = record.render(newText, result.tokens(), unit);
                    assertFalse(rendered.contains("\n"), "a rendered record spans lines");
                    JsonRecord again = JsonRecord.parse(rendered, "text", false, "field");
                    assertEquals(newText, again.text());
                    assertTrue(!addTokens || rendered.contains("\"tokens\":"), rendered);
                }
            }, RecordProblem.class);
        }
    }

    /** The pattern {@code SpecFuzzTest} found in spec errors: Jackson's notes on its input source. */
    @Test
    void invalidJsonShowsNoJacksonSourceNotes() {
        for (String line : new String[] {"{\"text\": \"a\"", "{\"text\": [1, 2}", "{\"a\": {\"b\": 1]}"}) {
            RecordProblem e = assertThrows(RecordProblem.class, () -> JsonRecord.parse(line, "text", false, "field"));
            FuzzChecks.assertUserMessage(e, line);
        }
    }

    private static List<byte[]> readLines(byte[] bytes, int bufferSize) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), bufferSize)) {
            for (byte[] line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                assertEquals(lines.size(), reader.lineNumber());
            }
            assertNull(reader.readLine());
        }
        return lines;
    }
}
