package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** Reading a whole field value from a {@link Reader}, bounded: zhpipe's stages see the whole text at once. */
final class FieldText {
    /**
     * The default bound: 8 Mi chars, the 16 MiB of zhpipe's batch runner's longest record
     * ({@code BatchOptions.DEFAULT_MAX_RECORD_BYTES}) as UTF-16.
     */
    static final int DEFAULT_MAX_CHARS = 8 << 20;

    private FieldText() {
    }

    /**
     * Everything {@code reader} holds, up to {@code maxChars}.
     *
     * @throws IllegalArgumentException when it holds more, naming the limit and how to raise it
     */
    static String readAll(Reader reader, int maxChars) throws IOException {
        char[] buffer = new char[Math.min(maxChars, 4096) + 1];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxChars) {
                    throw tooLong(maxChars);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxChars + 1, 2L * buffer.length));
            }
            int n = reader.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length > maxChars) {
            throw tooLong(maxChars);
        }
        return new String(buffer, 0, length);
    }

    private static IllegalArgumentException tooLong(int maxChars) {
        return new IllegalArgumentException("zhpipe: a field value is longer than " + maxChars
                + " chars, the most zhpipe's analysis reads at once: split the value, or raise maxChars");
    }
}
