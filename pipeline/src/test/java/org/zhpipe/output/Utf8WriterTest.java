package org.zhpipe.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes the bytes an OutputStreamWriter writes, for whole strings, chars and buffer boundaries. */
class Utf8WriterTest {
    private static final String[] PIECES = {"a", "中文", "𠀀", "\uD800", "\uDC00", "\n", "é", "\u0000", "abc def"};

    @Test
    void sameBytesAsOutputStreamWriter() throws IOException {
        Random random = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            ByteArrayOutputStream mine = new ByteArrayOutputStream();
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            int size = 1 + random.nextInt(16);
            try (Writer a = new Utf8Writer(mine, size);
                 Writer b = new OutputStreamWriter(theirs, StandardCharsets.UTF_8)) {
                int writes = random.nextInt(20);
                for (int i = 0; i < writes; i++) {
                    StringBuilder s = new StringBuilder();
                    int pieces = random.nextInt(6);
                    for (int k = 0; k < pieces; k++) {
                        s.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    // each write is a whole record ending in a line break, as the batch writer writes them: a lone
                    // surrogate is '?' (an OutputStreamWriter would pair a high one with the next write's low one)
                    String text = s.append('\n').toString();
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            a.write(text);
                            b.write(text);
                            b.flush();
                        }
                        case 1 -> {
                            a.write('\n');
                            b.write('\n');
                        }
                        default -> {
                            a.write(text.toCharArray(), 0, text.length());
                            b.write(text.toCharArray(), 0, text.length());
                            b.flush();
                        }
                    }
                }
            }
            assertArrayEquals(theirs.toByteArray(), mine.toByteArray());
        }
    }
}
