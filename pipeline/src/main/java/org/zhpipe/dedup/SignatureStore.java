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
 * Each document's exact key and MinHash signature, in a temporary file of fixed-size records (16 + 4 × permutations
 * bytes, big-endian) numbered by document, so that a candidate pair is verified without holding signatures in memory.
 * Written in document order ({@link #append}), then read by number ({@link #exactKey}, {@link #signature}) after
 * {@link #finish}.
 *
 * <p>Mutable, one thread. {@link #close} deletes the file.
 */
public final class SignatureStore implements Closeable {
    private final Path file;
    private final int permutations;
    private final int recordBytes;
    private DataOutputStream out;
    private @Nullable FileChannel channel;
    private final ByteBuffer record;
    private int documents;

    /** @param permutations signature length; 0 stores exact keys only */
    public SignatureStore(Path folder, int permutations) throws IOException {
        Files.createDirectories(folder);
        this.file = Files.createTempFile(folder, "zhpipe-signatures-", ".bin");
        this.permutations = permutations;
        this.recordBytes = 16 + 4 * permutations;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.record = ByteBuffer.allocate(recordBytes);
    }

    /** Stores document {@link #documents()}; {@code signature} has {@code permutations} values. */
    public void append(ExactKey key, int[] signature) throws IOException {
        if (signature.length != permutations) {
            throw new IllegalArgumentException(signature.length + " values, not " + permutations);
        }
        out.writeLong(key.high());
        out.writeLong(key.low());
        for (int v : signature) {
            out.writeInt(v);
        }
        documents++;
    }

    public int documents() {
        return documents;
    }

    /** Ends writing; reading may start. */
    public void finish() throws IOException {
        out.close();
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    public ExactKey exactKey(int doc) throws IOException {
        read(doc);
        return new ExactKey(record.getLong(0), record.getLong(8));
    }

    public int[] signature(int doc) throws IOException {
        read(doc);
        int[] signature = new int[permutations];
        for (int i = 0; i < permutations; i++) {
            signature[i] = record.getInt(16 + 4 * i);
        }
        return signature;
    }

    private void read(int doc) throws IOException {
        if (doc < 0 || doc >= documents) {
            throw new IndexOutOfBoundsException("document " + doc + " of " + documents);
        }
        record.clear();
        long at = (long) doc * recordBytes;
        while (record.hasRemaining()) {
            if (channel.read(record, at + record.position()) < 0) {
                throw new IOException(file + " ends before document " + doc);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                channel.close();
            } else {
                out.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
