package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@link CorpusFilter} on {@code local[2]}, 3 partitions, against the library's {@link Result} of each record of
 * samples/text/web.jsonl under samples/specs/web-quality.json: the same records kept (with the same text), the same
 * rejected with the same drops and signals, and a record without text rejected as bad.
 */
class CorpusFilterTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("CorpusFilterTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void keptAndRejectedAreTheLibrarysDropsAndSignals() {
        String spec = Samples.spec("web-quality.json");
        List<String> texts = new ArrayList<>(Samples.texts("web.jsonl"));
        texts.add(null);
        Pipeline pipeline = Spec.parse(spec).build();
        Map<Integer, String> expectedKept = new TreeMap<>();
        Map<Integer, String> expectedRejected = new TreeMap<>();
        for (int i = 0; i < texts.size() - 1; i++) {
            Result result = pipeline.process(texts.get(i));
            if (result.dropped()) {
                expectedRejected.put(i, result.drops() + " " + new TreeMap<>(result.signals().asMap()));
            } else {
                expectedKept.put(i, result.text().current() + " " + new TreeMap<>(result.signals().asMap()));
            }
        }
        expectedRejected.put(texts.size() - 1, "bad: no text: column \"text\" is null");
        assertTrue(expectedKept.size() >= 5 && expectedRejected.size() >= 5, "the sample has both");

        FilterResult split = new CorpusFilter(PipelineSource.of(spec))
                .split(Samples.frame(spark, texts, 3), RecordFields.column("text", null));
        Map<Integer, String> kept = new TreeMap<>();
        for (Row row : split.kept().collectAsList()) {
            kept.put(row.getInt(0), row.getString(2) + " " + signals(row, "signals"));
        }
        Map<Integer, String> rejected = new TreeMap<>();
        Dataset<Row> rejects = split.rejected();
        assertEquals(List.of("id", "text", "drops", "signals", "problem"), List.of(rejects.columns()));
        for (Row row : rejects.collectAsList()) {
            if (!row.isNullAt(4)) {
                rejected.put(row.getInt(0), "bad: " + row.getString(4));
                continue;
            }
            List<org.zhpipe.stage.Drop> drops = new ArrayList<>();
            for (Row d : row.<Row>getList(2)) {
                drops.add(new org.zhpipe.stage.Drop(d.getString(0), d.getString(1), d.getString(2)));
            }
            rejected.put(row.getInt(0), drops + " " + signals(row, "signals"));
        }
        assertEquals(expectedKept, kept);
        assertEquals(expectedRejected, rejected);
    }

    /** The signals column, by name. */
    private static Map<String, Double> signals(Row row, String column) {
        Map<String, Double> ordered = new TreeMap<>();
        scala.collection.Map<String, Double> map = row.getMap(row.fieldIndex(column));
        CollectionConverters.asJava(map).forEach(ordered::put);
        return ordered;
    }
}
