package org.zhpipe.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-level state of a deduplication: documents are {@link #add added} in input order (numbered from 0), then
 * {@link #cluster} finds the duplicates. Memory is bounded by the settings' budget (the {@link BandKeySorter}'s
 * buffer) plus 4 bytes per document (the {@link UnionFind}); signatures and sorted runs live in files in the given
 * temporary folder.
 *
 * <p>Per document, the index keeps its sketch in a {@link SignatureStore} (and, when verifying exactly, its shingle
 * set in a {@link ShingleSetStore}) and adds one sort entry for its exact key
 * (the key's first 64 bits) and, in near mode, one per LSH band ({@link LshParameters#bandKey}). Documents that share
 * a sort key are candidate pairs; {@link Clustering} verifies them.
 *
 * <p>Mutable, one thread (the batch runner's calling thread). {@link #close} deletes its files.
 */
public final class DedupIndex implements Closeable {
    /** Mixed into an exact key's first half so that it does not meet band keys by design. */
    private static final long EXACT_TAG = 0x2545F4914F6CDD1DL;
    private final DedupSettings settings;
    private final LshParameters lsh;
    private final SignatureStore store;
    private final @Nullable ShingleSetStore shingles;
    private final BandKeySorter sorter;
    private int documents;

    /** @param folder where temporary files go */
    public DedupIndex(DedupSettings settings, Path folder) throws IOException {
        this.settings = settings;
        this.lsh = settings.lsh();
        this.store = new SignatureStore(folder, settings.storedPermutations());
        ShingleSetStore sets = null;
        try {
            sets = settings.verifiesExactly() ? new ShingleSetStore(folder) : null;
            this.sorter = new BandKeySorter(folder, settings.memoryBytes());
        } catch (IOException | RuntimeException | Error e) {
            try (store; ShingleSetStore opened = sets) {
                throw e;
            }
        }
        this.shingles = sets;
    }

    public DedupSettings settings() {
        return settings;
    }

    /**
     * Adds the next document.
     *
     * @return its number
     * @throws IllegalStateException past 2<sup>31</sup> - 1 documents
     */
    public int add(Sketch sketch) throws IOException {
        if (documents == Integer.MAX_VALUE) {
            throw new IllegalStateException("more than " + Integer.MAX_VALUE + " documents to deduplicate at once: "
                    + "split the corpus");
        }
        int doc = documents++;
        store.append(sketch.exactKey(), sketch.signature());
        if (shingles != null) {
            shingles.append(sketch.shingles());
        }
        for (long key : sortKeys(settings, lsh, sketch)) {
            sorter.add(key, doc);
        }
        return doc;
    }

    /**
     * The keys a document is indexed under: its exact key's first half (tagged so that it does not meet band keys by
     * design) and, in near mode, its LSH band keys. Documents sharing a key are candidates ({@link CandidatePairs}).
     */
    public static long[] sortKeys(DedupSettings settings, Sketch sketch) {
        return sortKeys(settings, settings.lsh(), sketch);
    }

    /**
     * {@link #sortKeys(DedupSettings, Sketch)} with the settings' banding computed once by the caller: {@code lsh} must
     * be {@code settings.lsh()}, which takes a numerical optimization to find (a distributed run computes it once per
     * partition, not per document).
     */
    public static long[] sortKeys(DedupSettings settings, LshParameters lsh, Sketch sketch) {
        boolean near = settings.mode() == DedupSettings.Mode.NEAR;
        long[] keys = new long[near ? 1 + lsh.bands() : 1];
        keys[0] = sketch.exactKey().high() ^ EXACT_TAG;
        for (int band = 0; near && band < lsh.bands(); band++) {
            keys[1 + band] = lsh.bandKey(sketch.signature(), band);
        }
        return keys;
    }

    public int documents() {
        return documents;
    }

    /** Sort runs written to disk so far. */
    public int runsWritten() {
        return sorter.runsWritten();
    }

    /** Finds the clusters; call once, after the last {@link #add}. The result reads this index's files. */
    public Clustering cluster() throws IOException {
        return cluster(Clustering.JoinListener.NONE);
    }

    /** {@link #cluster()}, showing {@code listener} each verified pair that joins two clusters. */
    public Clustering cluster(Clustering.JoinListener listener) throws IOException {
        store.finish();
        if (shingles != null) {
            shingles.finish();
        }
        UnionFind sets = new UnionFind(documents);
        Clustering clustering = new Clustering(settings, store, shingles, sets, listener);
        sorter.forEachGroup(settings.partners(), clustering::verify);
        return clustering;
    }

    @Override
    public void close() throws IOException {
        try (store; ShingleSetStore sets = shingles) {
            sorter.close();
        }
    }
}
