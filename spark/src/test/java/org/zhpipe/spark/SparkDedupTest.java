package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.batch.BatchDeduplicator;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.DedupSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.UnionFind;
import org.zhpipe.input.InputFormat;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.spec.Spec;

/**
 * {@link SparkDedup} on {@code local[2]} against {@link BatchDeduplicator} on the same JSONL file: the same kept
 * records in the same order, the same removed records with the same {@code duplicate_of}, kind and similarity (to the
 * 4 decimals the library writes), and the same counts; under 1 and 3 partitions, for near duplicates (estimated and
 * exactly verified) and exact ones, on samples/text/dupes.jsonl and on a generated corpus of a few hundred near
 * duplicates with a bad record in it.
 */
class SparkDedupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkDedupTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What a deduplication decided: the kept lines in order, and removed id → duplicate_of, kind, similarity. */
    record Outcome(List<String> kept, Map<String, String> removed, String counts) {
    }

    @Test
    void theSamplesDupesGiveTheLibrarysClusters() throws IOException {
        DedupSettings settings = DedupSettings.DEFAULTS.withThreshold(0.6);
        Path input = Samples.file("text/dupes.jsonl");
        Outcome library = library(input, settings);
        assertEquals(5, library.kept().size(), "the README's example");
        assertEquals(library, spark(input, settings, 1));
        assertEquals(library, spark(input, settings, 3));
    }

    @Test
    void nearDuplicatesEstimatedGiveTheLibrarysClusters() throws IOException {
        Path input = corpus(7);
        DedupSettings settings = DedupSettings.DEFAULTS.withThreshold(0.7).withPartners(3);
        Outcome library = library(input, settings);
        assertTrue(library.removed().size() > 40, "clusters are not trivial: " + library.counts());
        assertTrue(library.removed().containsValue("\"d0\" exact 1.0000") || library.removed().values().stream()
                .anyMatch(v -> v.contains(" exact ")), "some are exact");
        assertTrue(library.removed().values().stream().anyMatch(v -> v.contains(" near ")), "some are near");
        assertEquals(library, spark(input, settings, 1));
        assertEquals(library, spark(input, settings, 3));
    }

    @Test
    void nearDuplicatesVerifiedExactlyGiveTheLibrarysClusters() throws IOException {
        Path input = corpus(11);
        DedupSettings settings = DedupSettings.DEFAULTS.withThreshold(0.7)
                .withVerification(DedupSettings.Verification.EXACT);
        Outcome library = library(input, settings);
        assertTrue(library.removed().size() > 40, library.counts());
        assertEquals(library, spark(input, settings, 3));
    }

    @Test
    void exactDuplicatesGiveTheLibrarysClusters() throws IOException {
        Path input = corpus(13);
        DedupSettings settings = DedupSettings.DEFAULTS.withMode(DedupSettings.Mode.EXACT);
        Outcome library = library(input, settings);
        assertTrue(library.removed().size() > 10, library.counts());
        assertEquals(library, spark(input, settings, 3));
    }

    @Test
    void starComponentsKeepEachComponentsSmallestNodeAsUnionFindDoes() {
        Random random = new Random(5);
        int nodes = 400;
        List<scala.Tuple2<Integer, Integer>> edges = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            edges.add(new scala.Tuple2<>(random.nextInt(nodes), random.nextInt(nodes)));
        }
        for (int i = 1; i < 60; i++) {
            edges.add(new scala.Tuple2<>(nodes + i, nodes + i - 1)); // a long chain, against the rounds' bound
        }
        edges.add(new scala.Tuple2<>(7, 7));
        UnionFind sets = new UnionFind(nodes + 60);
        edges.forEach(e -> sets.union(e._1(), e._2()));
        Map<Integer, Integer> expected = new TreeMap<>();
        for (int n = 0; n < nodes + 60; n++) {
            if (sets.find(n) != n) {
                expected.put(n, sets.find(n));
            }
        }
        Map<Integer, Integer> got = new TreeMap<>(StarComponents.smallestMembers(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(edges, 3)).collectAsMap());
        assertEquals(expected, got);
    }

    /** A few hundred JSONL records: variants of a dozen texts (edits, copies, width and script variants), one bad. */
    private static Path corpus(long seed) throws IOException {
        Random random = new Random(seed);
        String alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可";
        List<String> bases = new ArrayList<>();
        for (int b = 0; b < 15; b++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 60 + random.nextInt(80); i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            bases.add(s.toString());
        }
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            StringBuilder s = new StringBuilder(bases.get(random.nextInt(bases.size())));
            int edits = random.nextInt(4) == 0 ? 0 : random.nextInt(14);
            for (int e = 0; e < edits; e++) {
                s.setCharAt(random.nextInt(s.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = random.nextInt(10) == 0 ? s.toString().replace("国", "國").replace("们", "們") + " ABC"
                    : s + " abc";
            lines.add("{\"id\": \"d" + d + "\", \"text\": " + JSON.writeValueAsString(text) + "}");
            if (d == 150) {
                lines.add("{\"id\": \"bad\", \"body\": \"no text field\"}");
            }
        }
        Path file = dir.resolve("corpus-" + seed + ".jsonl");
        Files.write(file, lines);
        return file;
    }

    private static Outcome library(Path input, DedupSettings settings) throws IOException {
        Path kept = dir.resolve("kept.jsonl");
        Path removed = dir.resolve("removed.jsonl");
        BatchOptions options = BatchOptions.builder().inputs(List.of(input)).output(kept)
                .inputFormat(InputFormat.JSONL).onError(OnError.SKIP).workers(1).build();
        DedupSummary summary = new BatchDeduplicator(Spec.parse(Samples.spec("dedup.json")).build(), options,
                settings, removed, null, "id", dir).run(new ByteArrayOutputStream(), line -> { }, null);
        Map<String, String> removals = new TreeMap<>();
        for (String line : Files.readAllLines(removed)) {
            JsonNode record = JSON.readTree(line);
            JsonNode zhpipe = record.get("zhpipe");
            removals.put(record.get("id").toString(), removal(zhpipe.get("duplicate_of").toString(),
                    zhpipe.get("kind").asText(), zhpipe.get("similarity").asDouble()));
        }
        return new Outcome(Files.readAllLines(kept), removals, counts(summary));
    }

    private static Outcome spark(Path input, DedupSettings settings, int partitions) throws IOException {
        JavaRDD<Row> lines = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .textFile(input.toString(), partitions).map(RowFactory::create);
        Dataset<Row> records = spark.createDataFrame(lines, new StructType().add("value", DataTypes.StringType));
        assertEquals(partitions, records.javaRDD().getNumPartitions());
        DedupResult result = new SparkDedup(PipelineSource.of(Samples.spec("dedup.json")), settings)
                .run(records, RecordFields.jsonLines("text", "id"));
        Map<String, String> removals = new TreeMap<>();
        for (Row row : result.removed().collectAsList()) {
            try {
                removals.put(JsonRecord.idOf(row.getString(0), "id"), removal(row.getString(1), row.getString(2),
                        row.getDouble(3)));
            } catch (org.zhpipe.input.RecordProblem e) {
                throw new AssertionError(e);
            }
        }
        List<String> kept = result.kept().collectAsList().stream().map(r -> r.getString(0)).toList();
        return new Outcome(kept, removals, counts(result.summary()));
    }

    private static String removal(String duplicateOf, String kind, double similarity) {
        return duplicateOf + " " + kind + " " + String.format(Locale.ROOT, "%.4f", similarity);
    }

    private static String counts(DedupSummary s) {
        return s.recordsIn() + " in, " + s.kept() + " kept, " + s.exactDuplicates() + " exact, " + s.nearDuplicates()
                + " near, " + s.clusters() + " clusters, " + s.dropped() + " dropped, " + s.bad() + " bad";
    }
}
