package org.zhpipe.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Each document's {@link DocumentLines} in a temporary file, written in document order ({@link #append}) and read
 * back in the same order ({@link #next}) after {@link #finish}, so that the second pass of line deduplication knows
 * each document's lines without running the pipeline again or holding them in memory. Per document (big-endian): the
 * original length and the line count (4 bytes each), then per line its hash (8), original start and end (4 each).
 *
 * <p>Mutable, one thread. {@link #close} deletes the file.
 */
final class LineStore implements Closeable {
    private final Path file;
    private final DataOutputStream out;
    private @Nullable DataInputStream in;
    private int documents;
    private int read;

    LineStore(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.file = Files.createTempFile(folder, "zhpipe-lines-", ".bin");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void append(DocumentLines lines) throws IOException {
        out.writeInt(lines.originalLength());
        out.writeInt(lines.count());
        for (int i = 0; i < lines.count(); i++) {
            out.writeLong(lines.hashes()[i]);
            out.writeInt(lines.starts()[i]);
            out.writeInt(lines.ends()[i]);
        }
        documents++;
    }

    int documents() {
        return documents;
    }

    /** Ends writing; reading may start. */
    void finish() throws IOException {
        out.close();
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The next document's lines, or {@code null} after the last. */
    @Nullable DocumentLines next() throws IOException {
        if (in == null) {
            throw new IllegalStateException("finish writing first");
        }
        if (read == documents) {
            return null;
        }
        read++;
        int originalLength = in.readInt();
        int count = in.readInt();
        long[] hashes = new long[count];
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = in.readLong();
            starts[i] = in.readInt();
            ends[i] = in.readInt();
        }
        return new DocumentLines(originalLength, hashes, starts, ends);
    }

    @Override
    public void close() throws IOException {
        try {
            if (in != null) {
                in.close();
            } else {
                out.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
