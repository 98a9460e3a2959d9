package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explicit rules a distributed run follows ({@link DedupIndex#sortKeys}, {@link CandidatePairs},
 * {@link Clustering#matches}, connected components kept by their smallest document) give the clusters of the
 * single-machine {@link DedupIndex}, for both verifications and with the sort spilling to disk.
 */
class DistributedRulesTest {
    @TempDir
    Path dir;

    private static List<String> corpus(long seed) {
        Random random = new Random(seed);
        String alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可";
        List<String> bases = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 80 + random.nextInt(60); i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            bases.add(s.toString());
        }
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            StringBuilder s = new StringBuilder(bases.get(random.nextInt(bases.size())));
            for (int e = random.nextInt(12); e > 0; e--) {
                int at = random.nextInt(s.length());
                s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            docs.add(s.toString());
        }
        return docs;
    }

    @Test
    void sortKeysCandidatePairsAndMatchesReproduceTheIndexsClusters() throws IOException {
        for (DedupSettings.Verification verification : DedupSettings.Verification.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                DedupSettings settings = DedupSettings.DEFAULTS.withThreshold(0.7).withVerification(verification)
                        .withMemoryBytes(1 << 10).withPartners(3);
                List<String> docs = corpus(seed);
                Sketcher sketcher = new Sketcher(settings);
                List<Sketch> sketches = docs.stream().map(sketcher::sketch).toList();
                int[] indexKept = new int[docs.size()];
                try (DedupIndex index = new DedupIndex(settings, dir)) {
                    for (Sketch s : sketches) {
                        index.add(s);
                    }
                    Clustering clustering = index.cluster();
                    for (int d = 0; d < docs.size(); d++) {
                        indexKept[d] = clustering.keptFor(d);
                        assertEquals(clustering.decide(d), Clustering.decide(settings, indexKept[d],
                                sketches.get(indexKept[d]), d, sketches.get(d)), "the decision of document " + d);
                        assertArrayEquals(DedupIndex.sortKeys(settings, sketches.get(d)),
                                DedupIndex.sortKeys(settings, settings.lsh(), sketches.get(d)));
                    }
                }
                // as a distributed run would: group the (key, document) entries, pair, verify, join
                TreeMap<Long, List<Integer>> groups = new TreeMap<>(Long::compareUnsigned);
                for (int d = 0; d < sketches.size(); d++) {
                    for (long key : DedupIndex.sortKeys(settings, sketches.get(d))) {
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                    }
                }
                UnionFind sets = new UnionFind(docs.size());
                for (List<Integer> group : groups.values()) {
                    int[] members = group.stream().mapToInt(Integer::intValue).toArray();
                    CandidatePairs.forGroup(members, members.length, settings.partners(), (earlier, later) -> {
                        if (Clustering.matches(settings, sketches.get(earlier), sketches.get(later))) {
                            sets.union(earlier, later);
                        }
                    });
                }
                int clustered = 0;
                for (int d = 0; d < docs.size(); d++) {
                    assertEquals(indexKept[d], sets.find(d), verification + ", seed " + seed + ", document " + d);
                    clustered += indexKept[d] != d ? 1 : 0;
                }
                org.junit.jupiter.api.Assertions.assertTrue(clustered > 10, "the corpus has duplicates: " + clustered);
            }
        }
    }

    @Test
    void theSorterPairsEachGroupAsCandidatePairsDoes() throws IOException {
        Random random = new Random(7);
        List<long[]> entries = new ArrayList<>();
        for (int doc = 0; doc < 400; doc++) {
            for (int e = random.nextInt(4); e > 0; e--) {
                entries.add(new long[] {random.nextInt(30) - 15L, doc});
            }
        }
        List<String> fromSorter = new ArrayList<>();
        try (BandKeySorter sorter = new BandKeySorter(dir, 1 << 8)) {
            for (long[] e : entries) {
                sorter.add(e[0], (int) e[1]);
            }
            sorter.forEachGroup(4, (doc, partners, count) -> {
                for (int k = 0; k < count; k++) {
                    if (partners[k] != doc) {
                        fromSorter.add(partners[k] + "-" + doc);
                    }
                }
            });
        }
        TreeMap<Long, List<Integer>> groups = new TreeMap<>(Long::compareUnsigned);
        for (long[] e : entries) {
            groups.computeIfAbsent(e[0], k -> new ArrayList<>()).add((int) e[1]);
        }
        List<String> fromRule = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int[] members = group.stream().mapToInt(Integer::intValue).toArray();
            CandidatePairs.forGroup(members, members.length, 4, (earlier, later) -> fromRule.add(earlier + "-" + later));
        }
        assertEquals(fromRule, fromSorter);
    }
}
