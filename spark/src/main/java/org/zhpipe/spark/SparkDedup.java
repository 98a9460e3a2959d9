package org.zhpipe.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.zhpipe.batch.DedupSummary;
import org.zhpipe.dedup.CandidatePairs;
import org.zhpipe.dedup.Clustering;
import org.zhpipe.dedup.DedupIndex;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.LshParameters;
import org.zhpipe.stage.Pipeline;
import scala.Tuple2;

/**
 * {@code zhpipe dedup} on Spark: the same clusters and the same kept records as
 * {@link org.zhpipe.batch.BatchDeduplicator} on one machine, from the explicit rules of {@code org.zhpipe.dedup}.
 *
 * <ol>
 *   <li>Records are numbered in input order ({@code zipWithIndex}); each partition runs the spec's pipeline
 *       ({@link SharedPipeline}, built once per executor) and sketches each good record ({@link PartitionSketches}).
 *       The numbers count bad and dropped records too, so they are not the library's 0, 1, …, but they are in the
 *       same order, and every decision depends only on that order.</li>
 *   <li>Each sketch's {@link DedupIndex#sortKeys} are shuffled as (key, document); each key's documents, sorted, give
 *       their {@link CandidatePairs}; the distinct pairs are joined with both sketches and verified
 *       ({@link Clustering#matches}).</li>
 *   <li>The verified pairs' connected components ({@link StarComponents}, large-star / small-star) keep their
 *       smallest document: the library's union-find keeps the first in input order, and a pair it skips because its
 *       documents are already joined changes no component.</li>
 *   <li>Each other member is joined with its kept document's sketch and decided ({@link Clustering#decide}).</li>
 * </ol>
 * A record without text, or whose named id is missing, is bad (counted; {@code zhpipe dedup} stops at a missing id).
 * Lines mode ({@code --mode lines}) and the clusters file are not distributed. Immutable; {@link #run} may be called
 * any number of times.
 *
 * <pre>{@code
 * DedupResult r = new SparkDedup(PipelineSource.of(specJson), DedupSettings.DEFAULTS)
 *         .run(spark.read().text("hdfs:///corpus/*.jsonl"), RecordFields.jsonLines("text", "id"));
 * r.kept().write().text("hdfs:///corpus-unique");
 * }</pre>
 */
public final class SparkDedup {
    private final PipelineSource source;
    private final DedupSettings settings;

    /** @throws IllegalArgumentException in lines mode */
    public SparkDedup(PipelineSource source, DedupSettings settings) {
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.mode() == DedupSettings.Mode.LINES) {
            throw new IllegalArgumentException("lines mode is not distributed: run zhpipe dedup --mode lines");
        }
    }

    /**
     * Deduplicates {@code records}. Runs the Spark jobs that count (the summary); the result's datasets are computed
     * from records persisted here, so writing them does not run the pipeline again.
     *
     * @throws IllegalArgumentException when the spec's feature stage is not fitted, or the records have a column
     *                                  named {@code duplicate_of}, {@code kind} or {@code similarity}
     */
    public DedupResult run(Dataset<Row> records, RecordFields fields) {
        long start = System.nanoTime();
        StructType removedSchema = removedSchema(records.schema());
        SparkSession spark = records.sparkSession();
        Broadcast<SharedPipeline> shared = SharedPipeline.broadcast(spark, source);
        Pipeline pipeline = shared.value().get();
        if (pipeline.needsFitting()) {
            Pipeline.NamedStage unfitted = pipeline.stageToFit().orElseThrow();
            throw new IllegalArgumentException("the spec's " + unfitted.stage().kind().word() + " \""
                    + unfitted.name() + "\" learns from a corpus and is not fitted: "
                    + "fit it first (zhpipe fit), then deduplicate with the fitted spec");
        }
        ShippedSettings shipped = ShippedSettings.of(settings);
        JavaRDD<DedupDoc> docs = records.javaRDD().zipWithIndex()
                .mapPartitions(new PartitionSketches(shared, fields, shipped))
                .persist(StorageLevel.DISK_ONLY()); // the records as read: read back once, for the outputs
        JavaPairRDD<Integer, DocSketch> sketches = docs.filter(DedupDoc::good)
                .mapToPair(d -> new Tuple2<>((int) d.position(), Objects.requireNonNull(d.sketch())))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Integer, Integer> candidates = candidatePairs(sketches, shipped)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Integer, Integer> verified = candidates.join(sketches)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
                .join(sketches)
                .filter(p -> Clustering.matches(shipped.settings(), p._2()._1()._2().sketch(),
                        p._2()._2().sketch()))
                .mapToPair(p -> new Tuple2<>(p._2()._1()._1(), p._1()));
        JavaPairRDD<Integer, Integer> keptFor = StarComponents.smallestMembers(verified);
        JavaPairRDD<Long, Removal> removals = keptFor.join(sketches)
                .mapToPair(m -> new Tuple2<>(m._2()._1(), new Tuple2<>(m._1(), m._2()._2())))
                .join(sketches)
                .mapToPair(m -> {
                    int kept = m._1();
                    int doc = m._2()._1()._1();
                    DocSketch keptSketch = m._2()._2();
                    Clustering.Decision d = Clustering.decide(shipped.settings(), kept, keptSketch.sketch(), doc,
                            m._2()._1()._2().sketch());
                    return new Tuple2<>((long) doc, new Removal(kept, keptSketch.id(), d.kind(), d.similarity()));
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Tuple2<DedupDoc, Optional<Removal>>> fates = docs
                .mapToPair(d -> new Tuple2<>(d.position(), d.withoutSketch()))
                .leftOuterJoin(removals)
                .sortByKey()
                .persist(StorageLevel.DISK_ONLY()); // every record with its fate: counted, then written
        DedupSummary summary = summary(docs, fates, removals, candidates.count(), start);
        keptFor.unpersist(false);
        docs.unpersist(false);
        sketches.unpersist(false);
        candidates.unpersist(false);
        JavaRDD<Row> kept = fates.values()
                .filter(f -> !f._1().bad() && f._1().drops().isEmpty() && !f._2().isPresent())
                .map(f -> f._1().row());
        JavaRDD<Row> removed = fates.values().filter(f -> f._2().isPresent()).map(f -> {
            Row row = f._1().row();
            Removal r = f._2().get();
            List<Object> values = new ArrayList<>(row.length() + 3);
            for (int i = 0; i < row.length(); i++) {
                values.add(row.get(i));
            }
            values.add(r.keptId());
            values.add(r.kind().name().toLowerCase(Locale.ROOT));
            values.add(r.similarity());
            return RowFactory.create(values.toArray());
        });
        return new DedupResult(spark.createDataFrame(kept, records.schema()),
                spark.createDataFrame(removed, removedSchema), summary);
    }

    /** The distinct candidate pairs (earlier, later) of the documents sharing a sort key. */
    private static JavaPairRDD<Integer, Integer> candidatePairs(JavaPairRDD<Integer, DocSketch> sketches,
                                                                ShippedSettings shipped) {
        int partners = shipped.partners();
        return sketches.mapPartitionsToPair(part -> {
                    DedupSettings settings = shipped.settings();
                    LshParameters lsh = settings.lsh(); // once per partition: it is a numerical optimization
                    return flatten(part, doc -> {
                        long[] keys = DedupIndex.sortKeys(settings, lsh, doc._2().sketch());
                        List<Tuple2<Long, Integer>> entries = new ArrayList<>(keys.length);
                        for (long key : keys) {
                            entries.add(new Tuple2<>(key, doc._1()));
                        }
                        return entries;
                    });
                })
                .groupByKey()
                .flatMapToPair(group -> {
                    List<Integer> members = new ArrayList<>();
                    group._2().forEach(members::add);
                    int[] docs = members.stream().mapToInt(Integer::intValue).toArray();
                    Arrays.sort(docs);
                    List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
                    CandidatePairs.forGroup(docs, docs.length, partners,
                            (earlier, later) -> pairs.add(new Tuple2<>(earlier, later)));
                    return pairs.iterator();
                })
                .distinct();
    }

    /** The lists {@code each} gives the items of {@code items}, one after the other, made as they are read. */
    private static <T, R> java.util.Iterator<R> flatten(java.util.Iterator<T> items,
                                                        java.util.function.Function<T, List<R>> each) {
        return new java.util.Iterator<>() {
            private java.util.Iterator<R> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && items.hasNext()) {
                    current = each.apply(items.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private DedupSummary summary(JavaRDD<DedupDoc> docs,
                                 JavaPairRDD<Long, Tuple2<DedupDoc, Optional<Removal>>> fates,
                                 JavaPairRDD<Long, Removal> removals, long verifiedPairs, long start) {
        Map<String, Long> counts = fates.values().map(f -> f._1().bad() ? "bad" : !f._1().drops().isEmpty()
                ? "dropped" : f._2().isPresent() ? f._2().get().kind().name() : "kept").countByValue();
        TreeMap<String, Long> dropReasons = new TreeMap<>(docs.flatMap(d -> d.drops().iterator()).countByValue());
        long clusters = removals.values().map(Removal::kept).distinct().count();
        long in = counts.values().stream().mapToLong(Long::longValue).sum();
        return new DedupSummary(settings, in, counts.getOrDefault("kept", 0L),
                counts.getOrDefault(Clustering.Kind.EXACT.name(), 0L),
                counts.getOrDefault(Clustering.Kind.NEAR.name(), 0L), 0, 0, 0, 0,
                counts.getOrDefault("dropped", 0L), counts.getOrDefault("bad", 0L), 0, clusters, verifiedPairs, 0, 0,
                System.nanoTime() - start, dropReasons);
    }

    private static StructType removedSchema(StructType input) {
        for (String name : List.of("duplicate_of", "kind", "similarity")) {
            if (Arrays.asList(input.fieldNames()).contains(name)) {
                throw new IllegalArgumentException("the records have a column \"" + name + "\", which removed "
                        + "records get: rename it");
            }
        }
        return input.add("duplicate_of", DataTypes.StringType, false)
                .add("kind", DataTypes.StringType, false)
                .add("similarity", DataTypes.DoubleType, false);
    }
}
