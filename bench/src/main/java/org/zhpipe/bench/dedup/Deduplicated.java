package org.zhpipe.bench.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhpipe.dedup.Clustering;
import org.zhpipe.dedup.DedupIndex;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.Sketcher;

/**
 * What zhpipe's deduplication decided on normalized texts: the library's {@link DedupIndex} run as
 * {@code BatchDeduplicator} runs it (sketches added in order, then clustered), in a temporary folder it deletes.
 *
 * @param joins the verified pairs that joined two clusters ({@link PairTable#key})
 * @param kept            for each document, the document kept for its cluster (itself when kept)
 * @param comparedExactly verified pairs whose shingle sets were compared ({@link Clustering#comparedExactly()})
 */
record Deduplicated(List<Long> joins, int[] kept, long comparedExactly) {
    static Deduplicated run(List<String> normalized, DedupSettings settings) throws IOException {
        Sketcher sketcher = new Sketcher(settings);
        List<Long> joins = new ArrayList<>();
        int[] kept = new int[normalized.size()];
        long compared;
        Path folder = Files.createTempDirectory("zhpipe-accuracy-");
        try (DedupIndex index = new DedupIndex(settings, folder)) {
            for (String text : normalized) {
                index.add(sketcher.sketch(text));
            }
            Clustering clustering = index.cluster((a, b) -> joins.add(PairTable.key(a, b)));
            for (int d = 0; d < kept.length; d++) {
                kept[d] = clustering.keptFor(d);
            }
            compared = clustering.comparedExactly();
        } finally {
            Files.deleteIfExists(folder);
        }
        return new Deduplicated(List.copyOf(joins), kept, compared);
    }
}
