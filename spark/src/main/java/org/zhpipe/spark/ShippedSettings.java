package org.zhpipe.spark;

import java.io.Serializable;
import org.zhpipe.dedup.DedupSettings;

/** {@link DedupSettings} as a serializable value, for the functions a distributed deduplication ships. */
record ShippedSettings(DedupSettings.Mode mode, double threshold, int shingle, int permutations, long seed,
                       long memoryBytes, int partners, int maxDocuments, DedupSettings.Verification verification)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static ShippedSettings of(DedupSettings s) {
        return new ShippedSettings(s.mode(), s.threshold(), s.shingle(), s.permutations(), s.seed(), s.memoryBytes(),
                s.partners(), s.maxDocuments(), s.verification());
    }

    DedupSettings settings() {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }
}
