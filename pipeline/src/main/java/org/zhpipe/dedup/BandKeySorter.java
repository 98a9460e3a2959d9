package org.zhpipe.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of (key, document) entries under a memory budget, then a walk over the groups of equal keys: the
 * LSH index of deduplication, which never holds the corpus, only {@value #ENTRY_BYTES} bytes per buffered entry.
 *
 * <p>Entries are added with non-decreasing document numbers. They collect in a buffer of {@code memoryBytes /}
 * {@value #ENTRY_BYTES} entries (at least {@value #MIN_ENTRIES}); a full buffer is sorted (LSD radix sort on the key,
 * 16 bits per pass, stable, so documents stay in order within a key) and written to a run file in the temporary
 * folder: 12 bytes per entry, the key (8 bytes, big-endian) then the document (4 bytes). When {@value #MAX_RUNS} runs
 * exist they are merged into one, so at most that many files are ever open. {@link #forEachGroup} merges the runs and
 * the buffer (a heap ordered by unsigned key, then document) and shows each entry that shares its key with an earlier
 * one, with the first {@code partners} documents of its key; {@link #forEachKey} shows each distinct key with its
 * number of entries (line deduplication counts documents per line this way). The walk is the same whatever the
 * budget.
 *
 * <p>Mutable, one thread. {@link #close} deletes the run files.
 */
public final class BandKeySorter implements Closeable {
    /** Bytes of memory per buffered entry: key and document, and the radix sort's second copy of both. */
    public static final int ENTRY_BYTES = 24;
    static final int MIN_ENTRIES = 16;
    static final int MAX_RUNS = 64;
    private final Path folder;
    private final long[] keys;
    private final int[] docs;
    private final long[] keysTmp;
    private final int[] docsTmp;
    private int size;
    private int lastDoc = -1;
    private long entries;
    private final List<Run> runs = new ArrayList<>();

    /** A run file and how many entries it holds. */
    private record Run(Path file, long entries) {
    }
    private int runsMade;

    /**
     * @param folder      where run files go (created when needed)
     * @param memoryBytes the budget of the buffer
     */
    public BandKeySorter(Path folder, long memoryBytes) {
        this.folder = folder;
        int capacity = (int) Math.max(MIN_ENTRIES, Math.min(Integer.MAX_VALUE - 8, memoryBytes / ENTRY_BYTES));
        keys = new long[capacity];
        docs = new int[capacity];
        keysTmp = new long[capacity];
        docsTmp = new int[capacity];
    }

    /** Adds an entry; {@code doc} is never below the previous entry's. */
    public void add(long key, int doc) throws IOException {
        if (doc < lastDoc) {
            throw new IllegalArgumentException("document " + doc + " after " + lastDoc);
        }
        lastDoc = doc;
        if (size == keys.length) {
            spill();
        }
        keys[size] = key;
        docs[size] = doc;
        size++;
        entries++;
    }

    /** Entries added. */
    public long entries() {
        return entries;
    }

    /** Run files written so far (merged ones included). */
    public int runsWritten() {
        return runsMade;
    }

    /** Sees the entries of a key after its first. */
    @FunctionalInterface
    public interface GroupVisitor {
        /**
         * @param doc      a document whose key an earlier document (or the same one) has
         * @param partners the first documents with that key, in order
         * @param count    how many of {@code partners} are set (at least 1)
         */
        void visit(int doc, int[] partners, int count) throws IOException;
    }

    /** Sees the distinct keys. */
    @FunctionalInterface
    public interface KeyVisitor {
        /**
         * @param key     a key, in ascending unsigned order
         * @param entries how many entries have it (at least 1)
         */
        void visit(long key, long entries) throws IOException;
    }

    /** Sees every entry in order. */
    @FunctionalInterface
    private interface EntryVisitor {
        void visit(long key, int doc) throws IOException;
    }

    /**
     * Walks the sorted entries, calling {@code visitor} for every entry after the first of its key, with up to
     * {@code partners} of the key's first documents. Call once, after the last {@link #add}.
     */
    public void forEachGroup(int partners, GroupVisitor visitor) throws IOException {
        int[] first = new int[partners];
        int[] count = {0};
        long[] key = {0};
        boolean[] any = {false};
        forEachEntry((k, doc) -> {
            if (any[0] && k == key[0]) {
                visitor.visit(doc, first, count[0]);
                if (count[0] < partners && first[count[0] - 1] != doc) {
                    first[count[0]++] = doc;
                }
            } else {
                key[0] = k;
                any[0] = true;
                first[0] = doc;
                count[0] = 1;
            }
        });
    }

    /**
     * Walks the distinct keys in ascending unsigned order with the number of entries of each: with at most one entry
     * per (key, document), how many documents have the key. Call once, after the last {@link #add}; the walk is the
     * same whatever the budget.
     */
    public void forEachKey(KeyVisitor visitor) throws IOException {
        long[] key = {0};
        long[] entries = {0};
        forEachEntry((k, doc) -> {
            if (entries[0] > 0 && k == key[0]) {
                entries[0]++;
            } else {
                if (entries[0] > 0) {
                    visitor.visit(key[0], entries[0]);
                }
                key[0] = k;
                entries[0] = 1;
            }
        });
        if (entries[0] > 0) {
            visitor.visit(key[0], entries[0]);
        }
    }

    /** Merges the runs and the buffer: every entry by unsigned key, then document. */
    private void forEachEntry(EntryVisitor visitor) throws IOException {
        sortBuffer();
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (Run run : runs) {
                cursors.add(new FileCursor(run));
            }
            cursors.add(new BufferCursor());
            PriorityQueue<Cursor> heap = new PriorityQueue<>(BandKeySorter::compare);
            for (Cursor c : cursors) {
                if (c.advance()) {
                    heap.add(c);
                }
            }
            while (!heap.isEmpty()) {
                Cursor c = heap.poll();
                visitor.visit(c.key(), c.doc());
                if (c.advance()) {
                    heap.add(c);
                }
            }
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
    }

    private static int compare(Cursor a, Cursor b) {
        int byKey = Long.compareUnsigned(a.key(), b.key());
        return byKey != 0 ? byKey : Integer.compare(a.doc(), b.doc());
    }

    private void spill() throws IOException {
        sortBuffer();
        if (runs.size() == MAX_RUNS) {
            mergeRuns();
        }
        Files.createDirectories(folder);
        Path run = Files.createTempFile(folder, "zhpipe-lsh-", ".run");
        runsMade++;
        runs.add(new Run(run, size));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                1 << 16))) {
            for (int i = 0; i < size; i++) {
                out.writeLong(keys[i]);
                out.writeInt(docs[i]);
            }
        }
        size = 0;
    }

    /** Merges every run into one. */
    private void mergeRuns() throws IOException {
        Path merged = Files.createTempFile(folder, "zhpipe-lsh-", ".run");
        runsMade++;
        long total = 0;
        List<Cursor> cursors = new ArrayList<>();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(merged),
                1 << 16))) {
            for (Run run : runs) {
                cursors.add(new FileCursor(run));
            }
            PriorityQueue<Cursor> heap = new PriorityQueue<>(BandKeySorter::compare);
            for (Cursor c : cursors) {
                if (c.advance()) {
                    heap.add(c);
                }
            }
            while (!heap.isEmpty()) {
                Cursor c = heap.poll();
                out.writeLong(c.key());
                out.writeInt(c.doc());
                total++;
                if (c.advance()) {
                    heap.add(c);
                }
            }
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
        for (Run run : runs) {
            Files.deleteIfExists(run.file());
        }
        runs.clear();
        runs.add(new Run(merged, total));
    }

    /** Stable LSD radix sort of the buffer by unsigned key, 16 bits per pass. */
    private void sortBuffer() {
        long[] k = keys;
        int[] d = docs;
        long[] k2 = keysTmp;
        int[] d2 = docsTmp;
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[(int) (k[i] >>> shift) & 0xFFFF]++;
            }
            int sum = 0;
            for (int i = 0; i < counts.length; i++) {
                int c = counts[i];
                counts[i] = sum;
                sum += c;
            }
            for (int i = 0; i < size; i++) {
                int slot = counts[(int) (k[i] >>> shift) & 0xFFFF]++;
                k2[slot] = k[i];
                d2[slot] = d[i];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] td = d;
            d = d2;
            d2 = td;
        }
        // four passes: the sorted data is back in keys and docs
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Run run : runs) {
            try {
                Files.deleteIfExists(run.file());
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        runs.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private interface Cursor extends Closeable {
        boolean advance() throws IOException;

        long key();

        int doc();

        @Override
        void close();
    }

    private final class BufferCursor implements Cursor {
        private int at = -1;

        @Override
        public boolean advance() {
            return ++at < size;
        }

        @Override
        public long key() {
            return keys[at];
        }

        @Override
        public int doc() {
            return docs[at];
        }

        @Override
        public void close() {
        }
    }

    private static final class FileCursor implements Cursor {
        private final DataInputStream in;
        private long left;
        private long key;
        private int doc;

        FileCursor(Run run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), 1 << 16));
            left = run.entries();
        }

        @Override
        public boolean advance() throws IOException {
            if (left == 0) {
                return false;
            }
            left--;
            key = in.readLong();
            doc = in.readInt();
            return true;
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        public int doc() {
            return doc;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
