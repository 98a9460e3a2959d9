package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.Tokens;

/** The transformer's columns equal the library's {@code Pipeline.process} field by field, on the samples. */
class ZhpipeTransformerTest {
    private static final String HASHING = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, "
            + "{\"type\": \"segment\", \"pos\": true}, {\"type\": \"stopwords\"}, "
            + "{\"type\": \"hashing_tf\", \"bits\": 12, \"hash\": \"spark\", \"signed\": false, \"norm\": \"l2\"}]}";

    /** Quick to build: for the tests about Spark ML rather than about results. */
    private static final String TOKENIZE = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, "
            + "{\"type\": \"hashing_tf\", \"bits\": 8, \"hash\": \"spark\", \"signed\": false}]}";

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ZhpipeTransformerTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aSpecPathIsReadOnTheDriverAndKeptAsText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("search.json");
        java.nio.file.Files.writeString(file, Samples.spec("search.json"));
        ZhpipeTransformer fromPath = new ZhpipeTransformer().setSpecPath(file.toUri().toString());
        org.junit.jupiter.api.Assertions.assertEquals(Samples.spec("search.json"), fromPath.getOrDefault(fromPath.spec()));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new ZhpipeTransformer().setSpecPath(dir.resolve("none.json").toString()));
        assertTrue(missing.getMessage().startsWith("no spec file at "), missing.getMessage());
    }

    @Test
    void searchSpecOnNewsGivesTheLibrarysTextAndTokens() {
        assertSameAsLibrary(Samples.spec("search.json"), Samples.texts("news.txt"), 3);
    }

    @Test
    void qualitySpecOnWebPagesGivesTheLibrarysSignalsAndDrops() {
        List<Row> rows = assertSameAsLibrary(Samples.spec("web-quality.json"), Samples.texts("web.jsonl"), 2);
        assertTrue(rows.stream().anyMatch(r -> r.getAs("drop") != null), "some page is dropped");
        assertTrue(rows.stream().anyMatch(r -> r.getAs("drop") == null), "some page is kept");
    }

    @Test
    void featureSpecsOnReviewsGiveTheLibrarysVectors() {
        assertSameAsLibrary(HASHING, Samples.texts("reviews.txt"), 3);
        assertSameAsLibrary(Samples.spec("keywords.json"), Samples.texts("reviews.txt"), 2);
    }

    @Test
    void savedInASparkMlPipelineItLoadsAndTransformsAlike(@TempDir Path dir) throws Exception {
        ZhpipeTransformer zh = new ZhpipeTransformer().setSpec(TOKENIZE).setTextCol("clean").setSignalsCol("");
        Dataset<Row> frame = Samples.frame(spark, Samples.texts("reviews.txt"), 2);
        PipelineModel model = new org.apache.spark.ml.Pipeline().setStages(new PipelineStage[] {zh}).fit(frame);
        String path = dir.resolve("model").toString();
        model.write().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        ZhpipeTransformer back = (ZhpipeTransformer) loaded.stages()[0];
        assertEquals(TOKENIZE, back.getOrDefault(back.spec()));
        assertEquals("clean", back.getOrDefault(back.textCol()));
        assertEquals(rows(model.transform(frame)), rows(loaded.transform(frame)));
        assertEquals(List.of("id", "text", "clean", "tokens", "features", "drop"),
                List.of(loaded.transform(frame).schema().fieldNames()));
    }

    @Test
    void dataFilesComeFromSparkFilesAndOnlyFromThere(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("weather-stopwords.txt");
        java.nio.file.Files.writeString(list, "天\n");
        spark.sparkContext().addFile(list.toString());
        String spec = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, "
                + "{\"type\": \"stopwords\", \"lists\": [\"punct\"], \"files\": [\"weather-stopwords.txt\"]}]}";
        Dataset<Row> frame = Samples.frame(spark, List.of("天气很好，天气"), 1);
        List<Row> rows = rows(new ZhpipeTransformer().setSpec(spec).setDataFolder(DataFolder.SPARK_FILES)
                .transform(frame));
        assertEquals(List.of("气[1,2)word/null", "很[2,3)word/null", "好[3,4)word/null", "气[6,7)word/null"),
                tokens(rows.get(0).getList(rows.get(0).fieldIndex("tokens"))));

        String outside = spec.replace("weather-stopwords.txt", list.toString().replace("\\", "\\\\"));
        org.zhpipe.spec.SpecException e = assertThrows(org.zhpipe.spec.SpecException.class,
                () -> new ZhpipeTransformer().setSpec(outside).setDataFolder(DataFolder.SPARK_FILES).transform(frame));
        assertTrue(e.getMessage().contains("is outside the folders this application reads data files"),
                e.getMessage());
    }

    @Test
    void anUnfittedSpecIsRefusedWithAHint() {
        Dataset<Row> frame = Samples.frame(spark, List.of("今天天气很好"), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZhpipeTransformer().setSpec(Samples.spec("tfidf.json")).transform(frame));
        assertEquals("the spec's feature stage \"tfidf\" learns from a corpus and is not fitted: fit it with "
                + "ZhpipeEstimator (or zhpipe fit, then use the fitted spec)", e.getMessage());
    }

    @Test
    void aMissingInputColumnIsNamed() {
        Dataset<Row> frame = Samples.frame(spark, List.of("今天"), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZhpipeTransformer().setSpec(TOKENIZE).setInputCol("body").transform(frame));
        assertEquals("input column \"body\" not found; the columns are [id, text]: set inputCol to the text column",
                e.getMessage());
    }

    @Test
    void aNullTextGivesNullColumns() {
        Dataset<Row> frame = Samples.frame(spark, java.util.Arrays.asList("今天", null), 1);
        List<Row> rows = rows(new ZhpipeTransformer().setSpec(TOKENIZE).transform(frame));
        Row nullRow = rows.get(1);
        for (String column : List.of("normalized", "tokens", "features", "signals", "drop")) {
            assertNull(nullRow.getAs(column), column);
        }
    }

    /** Transforms {@code texts} and checks every column of every row against the library; returns the rows. */
    private static List<Row> assertSameAsLibrary(String spec, List<String> texts, int partitions) {
        Pipeline pipeline = Spec.parse(spec).build();
        List<Row> rows = rows(new ZhpipeTransformer().setSpec(spec)
                .transform(Samples.frame(spark, texts, partitions)));
        assertEquals(texts.size(), rows.size());
        for (Row row : rows) {
            int id = row.getInt(0);
            Result expected = pipeline.process(texts.get(id));
            String where = "document " + id;
            assertEquals(texts.get(id), row.getAs("text"), where);
            assertEquals(expected.text().current(), row.getAs("normalized"), where);
            assertEquals(tokens(expected.tokens()), tokens(row.getList(row.fieldIndex("tokens"))), where);
            assertVector(expected.features(), row.getAs("features"), where);
            assertEquals(new TreeMap<>(expected.signals().asMap()),
                    new TreeMap<>(row.<String, Double>getJavaMap(row.fieldIndex("signals"))), where);
            assertEquals(expected.dropped() ? String.join("; ", expected.drops().stream().map(Object::toString)
                    .toList()) : null, row.getAs("drop"), where);
        }
        return rows;
    }

    private static void assertVector(org.zhpipe.text.@org.jspecify.annotations.Nullable SparseVector expected,
                                     @org.jspecify.annotations.Nullable Vector actual, String where) {
        if (expected == null) {
            assertNull(actual, where);
            return;
        }
        Map<Integer, Double> entries = new TreeMap<>();
        for (int i = 0; i < expected.size(); i++) {
            entries.put(expected.index(i), expected.value(i));
        }
        SparseVector sparse = actual.toSparse();
        assertEquals(expected.dimension(), sparse.size(), where);
        assertArrayEquals(entries.keySet().stream().mapToInt(Integer::intValue).toArray(), sparse.indices(), where);
        assertArrayEquals(entries.values().stream().mapToDouble(Double::doubleValue).toArray(), sparse.values(),
                where);
    }

    private static List<String> tokens(Tokens tokens) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            list.add(tokens.term(i) + "[" + tokens.start(i) + "," + tokens.end(i) + ")"
                    + tokens.type(i).name().toLowerCase(Locale.ROOT) + "/" + tokens.tag(i));
        }
        return list;
    }

    private static List<String> tokens(List<Row> tokens) {
        List<String> list = new ArrayList<>();
        for (Row t : tokens) {
            list.add(t.getString(0) + "[" + t.getInt(1) + "," + t.getInt(2) + ")" + t.getString(3) + "/"
                    + t.getString(4));
        }
        return list;
    }

    /** The rows ordered by id. */
    private static List<Row> rows(Dataset<Row> frame) {
        List<Row> rows = new ArrayList<>(frame.orderBy("id").collectAsList());
        return rows;
    }
}
