package org.zhpipe.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on the byte 0x0A, before any decoding: right for every ASCII-compatible encoding
 * (UTF-8, GB18030, Big5), where 0x0A never occurs inside a multi-byte character. A line ends at {@code \n}; one
 * {@code \r} before it is dropped too; a last line without {@code \n} is still a line; an empty line is a line; an
 * empty stream has no lines. Lines are counted from 1. Not thread-safe.
 */
final class LineReader implements Closeable {
    private static final byte[] EMPTY = new byte[0];

    private final InputStream in;
    private final byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;

    LineReader(InputStream in) {
        this(in, 1 << 16);
    }

    LineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /** The next line without its line ending, or {@code null} at the end of the stream. */
    byte[] readLine() throws IOException {
        byte[] partial = null;
        int partialLength = 0;
        while (true) {
            if (pos == limit && !fill()) {
                if (partial == null) {
                    return null;
                }
                lineNumber++;
                return trimCr(partial, partialLength);
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int n = end - pos;
            if (partial == null && newline >= 0) {
                byte[] line = n == 0 ? EMPTY : Arrays.copyOfRange(buffer, pos, end);
                pos = end + 1;
                lineNumber++;
                return trimCr(line, line.length);
            }
            if (partial == null) {
                partial = new byte[Math.max(n * 2, 256)];
            } else if (partialLength + n > partial.length) {
                partial = Arrays.copyOf(partial, Math.max(partialLength + n, partial.length * 2));
            }
            System.arraycopy(buffer, pos, partial, partialLength, n);
            partialLength += n;
            pos = end;
            if (newline >= 0) {
                pos = newline + 1;
                lineNumber++;
                return trimCr(partial, partialLength);
            }
        }
    }

    /** The number of the line last returned by {@link #readLine()}, from 1; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static byte[] trimCr(byte[] line, int length) {
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return n == line.length ? line : Arrays.copyOf(line, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
