package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast reading of plain frequency files gives exactly the table of the line-by-line reader, or leaves it. */
class CharacterFrequenciesReadTest {
    private static void assertSame(CharacterFrequencies expected, CharacterFrequencies actual) {
        assertEquals(expected.size(), actual.size());
        for (int cp = 0; cp <= 0x3FFFF; cp++) {
            assertEquals(expected.rank(cp), actual.rank(cp), Character.toString(cp));
            assertEquals(expected.logProbability(cp), actual.logProbability(cp), Character.toString(cp));
        }
    }

    @Test
    void theBundledTableReadsTheSameBothWays() throws IOException {
        byte[] bytes;
        try (InputStream in = CharacterFrequencies.class.getClassLoader()
                .getResourceAsStream(CharacterFrequencies.BUNDLED_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        CharacterFrequencies plain = CharacterFrequencies.readPlain(bytes);
        assertNotNull(plain, "the bundled table is a plain file");
        assertSame(CharacterFrequencies.read(bytes), plain);
    }

    @Test
    void anythingUnusualIsLeftToTheLineReader() {
        for (String text : new String[] {"a\t5\n", "中\t5\n\n", "中\t0\n", "中\t5\n中\t6\n", "中\t5 \n", "中5\n",
                "中\t\n", "中\t99999999999999999999\n", "中文\t5\n", "中\t5\u2028"}) {
            assertNull(CharacterFrequencies.readPlain(text.getBytes(StandardCharsets.UTF_8)), text);
        }
        // a lone CR ends the last line for both readers
        byte[] cr = "\uFFFD\t5\r".getBytes(StandardCharsets.UTF_8);
        assertSame(CharacterFrequencies.read(cr), CharacterFrequencies.readPlain(cr));
        byte[] crlf = "# comment\r\n中\t5\r\n𠀀\t7".getBytes(StandardCharsets.UTF_8);
        assertSame(CharacterFrequencies.read(crlf), CharacterFrequencies.readPlain(crlf));
    }
}
