package org.zhpipe.dedup;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Each document's {@link ShingleSet} (sorted distinct 64-bit shingle hashes), in two temporary files, so that a
 * candidate pair's true Jaccard similarity is computed without holding the sets in memory: a data file of
 * variable-length records (8 bytes per distinct shingle, big-endian) and an index of one 8-byte end offset per document.
 * Written in document order ({@link #append}), then read by number ({@link #read}) after {@link #finish}, in any order:
 * one read of the index (16 bytes) and one of the record per document.
 *
 * <p>Disk: {@code 8 × (distinct shingles + 1)} bytes per document ({@link #bytes}). Memory: a 64 KiB buffer for
 * reading and writing records, and the output streams' buffers.
 * Mutable, one thread. {@link #close} deletes the files.
 */
public final class ShingleSetStore implements Closeable {
    private static final int BUFFER_BYTES = 1 << 16;
    private final Path data;
    private final Path index;
    private final DataOutputStream dataOut;
    private final DataOutputStream indexOut;
    private @Nullable FileChannel dataChannel;
    private @Nullable FileChannel indexChannel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private long end;
    private int documents;

    public ShingleSetStore(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.data = Files.createTempFile(folder, "zhpipe-shingles-", ".bin");
        Path made = null;
        DataOutputStream dataStream = null;
        try {
            made = Files.createTempFile(folder, "zhpipe-shingles-", ".idx");
            dataStream = open(data);
            this.indexOut = open(made);
        } catch (IOException | RuntimeException e) {
            if (dataStream != null) {
                dataStream.close();
            }
            Files.deleteIfExists(data);
            if (made != null) {
                Files.deleteIfExists(made);
            }
            throw e;
        }
        this.index = made;
        this.dataOut = dataStream;
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
    }

    /** Stores document {@link #documents()}'s set: ascending distinct hashes, as {@link ShingleSet#of} makes them. */
    public void append(long[] set) throws IOException {
        int done = 0;
        while (done < set.length) {
            int n = Math.min(set.length - done, BUFFER_BYTES / 8);
            buffer.clear();
            buffer.asLongBuffer().put(set, done, n);
            dataOut.write(buffer.array(), 0, 8 * n);
            done += n;
        }
        end += 8L * set.length;
        indexOut.writeLong(end);
        documents++;
    }

    public int documents() {
        return documents;
    }

    /** Bytes written to the two files so far. */
    public long bytes() {
        return end + 8L * documents;
    }

    /** Ends writing; reading may start. */
    public void finish() throws IOException {
        dataOut.close();
        indexOut.close();
        dataChannel = FileChannel.open(data, StandardOpenOption.READ);
        indexChannel = FileChannel.open(index, StandardOpenOption.READ);
    }

    /** Document {@code doc}'s set, as appended. */
    public long[] read(int doc) throws IOException {
        if (doc < 0 || doc >= documents) {
            throw new IndexOutOfBoundsException("document " + doc + " of " + documents);
        }
        if (dataChannel == null || indexChannel == null) {
            throw new IllegalStateException("finish writing before reading");
        }
        long from;
        long to;
        if (doc == 0) {
            fill(indexChannel, index, 0, 8);
            from = 0;
            to = buffer.getLong(0);
        } else {
            fill(indexChannel, index, 8L * (doc - 1), 16);
            from = buffer.getLong(0);
            to = buffer.getLong(8);
        }
        long[] set = new long[Math.toIntExact((to - from) / 8)];
        int done = 0;
        while (done < set.length) {
            int n = Math.min(set.length - done, BUFFER_BYTES / 8);
            fill(dataChannel, data, from + 8L * done, 8 * n);
            buffer.asLongBuffer().get(set, done, n);
            done += n;
        }
        return set;
    }

    /** Reads {@code length} bytes at {@code at} into the start of the buffer. */
    private void fill(FileChannel channel, Path file, long at, int length) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException(file + " ends before byte " + (at + length));
            }
        }
        buffer.flip();
    }

    @Override
    public void close() throws IOException {
        try {
            closeAll(dataChannel == null ? dataOut : dataChannel, indexChannel == null ? indexOut : indexChannel);
        } finally {
            try {
                Files.deleteIfExists(data);
            } finally {
                Files.deleteIfExists(index);
            }
        }
    }

    private static void closeAll(Closeable first, Closeable second) throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
