package org.zhpipe.dedup;

import java.util.Arrays;

/**
 * The hashes of the lines found in more than a given number of documents ({@link LineIndex#boilerplate}): a sorted
 * array, 8 bytes per distinct boilerplate line, looked up by binary search. Immutable and thread-safe.
 */
public final class Boilerplate {
    private final long[] hashes;

    /** @param hashes line hashes ({@link DocumentLines#hash}), in any order, without repeats */
    public Boilerplate(long[] hashes) {
        this.hashes = hashes.clone();
        Arrays.sort(this.hashes);
        for (int i = 1; i < this.hashes.length; i++) {
            if (this.hashes[i] == this.hashes[i - 1]) {
                throw new IllegalArgumentException("hash " + this.hashes[i] + " given twice");
            }
        }
    }

    /** Whether the line with this hash is boilerplate. */
    public boolean contains(long hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    /** Distinct boilerplate lines. */
    public int size() {
        return hashes.length;
    }
}
