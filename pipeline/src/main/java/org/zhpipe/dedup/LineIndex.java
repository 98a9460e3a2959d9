package org.zhpipe.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-level state of line deduplication: documents' {@link DocumentLines} are {@link #add added} in input order
 * (numbered from 0), then {@link #boilerplate} counts in how many documents each line occurs and returns the lines
 * found in more than a given number, and {@link #next} gives the documents' lines back in order for removal.
 *
 * <p>Counting is an external sort ({@link BandKeySorter}) of one (line hash, document) entry per distinct line of
 * each document, so a line repeated within one document counts once; memory is the sorter's budget plus the
 * boilerplate set (8 bytes per distinct boilerplate line). The lines themselves wait in a temporary file
 * ({@link LineStore}). The result depends only on the documents and their order, not on the budget.
 *
 * <p>Mutable, one thread. {@link #close} deletes its files.
 */
public final class LineIndex implements Closeable {
    private final LineStore store;
    private final BandKeySorter sorter;
    private int documents;
    private long lines;
    private boolean counted;

    /**
     * @param folder      where temporary files go
     * @param memoryBytes the sort buffer's budget
     */
    public LineIndex(Path folder, long memoryBytes) throws IOException {
        this.store = new LineStore(folder);
        BandKeySorter made;
        try {
            made = new BandKeySorter(folder, memoryBytes);
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
        this.sorter = made;
    }

    /**
     * Adds the next document.
     *
     * @return its number
     * @throws IllegalStateException past 2<sup>31</sup> - 1 documents, or after {@link #boilerplate}
     */
    public int add(DocumentLines document) throws IOException {
        if (counted) {
            throw new IllegalStateException("the lines were counted already");
        }
        if (documents == Integer.MAX_VALUE) {
            throw new IllegalStateException("more than " + Integer.MAX_VALUE + " documents to deduplicate at once: "
                    + "split the corpus");
        }
        int doc = documents++;
        store.append(document);
        for (long hash : document.distinctHashes()) {
            sorter.add(hash, doc);
        }
        lines += document.count();
        return doc;
    }

    public int documents() {
        return documents;
    }

    /** Non-blank lines added, repeats included. */
    public long lines() {
        return lines;
    }

    /** Sort runs written to disk so far. */
    public int runsWritten() {
        return sorter.runsWritten();
    }

    /**
     * The lines found in more than {@code maxDocuments} documents. Call once, after the last {@link #add}; then
     * {@link #next} reads the documents back.
     */
    public Boilerplate boilerplate(int maxDocuments) throws IOException {
        if (counted) {
            throw new IllegalStateException("the lines were counted already");
        }
        counted = true;
        store.finish();
        long[][] found = {new long[16]};
        int[] size = {0};
        sorter.forEachKey((hash, entries) -> {
            if (entries > maxDocuments) {
                if (size[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], size[0] * 2);
                }
                found[0][size[0]++] = hash;
            }
        });
        return new Boilerplate(Arrays.copyOf(found[0], size[0]));
    }

    /** The next document's lines, in the order they were added, or {@code null} after the last. */
    public @Nullable DocumentLines next() throws IOException {
        if (!counted) {
            throw new IllegalStateException("count the lines first");
        }
        return store.next();
    }

    @Override
    public void close() throws IOException {
        try {
            sorter.close();
        } finally {
            store.close();
        }
    }
}
