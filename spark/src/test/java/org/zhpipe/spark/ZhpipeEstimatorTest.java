package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** Fitting on Spark gives zhpipe fit's files byte for byte, for any partitioning; the model runs as the library. */
class ZhpipeEstimatorTest {
    private static SparkSession spark;
    private static final List<String> REVIEWS = Samples.texts("reviews.txt");

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ZhpipeEstimatorTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theFittedSpecAndVocabularyAreZhpipeFitsForOneThreeAndSevenPartitions(@TempDir Path dir) throws Exception {
        String specText = Samples.spec("tfidf.json");
        Spec spec = Spec.parse(specText);
        Path local = dir.resolve("local");
        Files.createDirectories(local);
        FittedSpec.write(spec, spec.build().fit(REVIEWS.stream()), local.resolve("fitted.json"));

        for (int partitions : new int[] {1, 3, 7}) {
            Dataset<Row> frame = Samples.frame(spark, REVIEWS, partitions);
            assertEquals(partitions, frame.javaRDD().getNumPartitions());
            ZhpipeModel model = new ZhpipeEstimator().setSpec(specText).fit(frame);
            Path out = dir.resolve("spark-" + partitions);
            model.saveFitted(out);
            for (String file : List.of("fitted.json", "fitted.vocab.tsv")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(out.resolve(file)),
                        file + " with " + partitions + " partitions");
            }
        }
    }

    @Test
    void theModelTransformsAsTheFittedLibraryPipelineAndSurvivesASparkMlPipelineSave(@TempDir Path dir) throws Exception {
        String specText = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"tfidf\", "
                + "\"minDf\": 2}]}";
        Pipeline fitted = Spec.parse(specText).build().fit(REVIEWS.stream());
        Dataset<Row> frame = Samples.frame(spark, REVIEWS, 2);
        ZhpipeEstimator estimator = new ZhpipeEstimator().setSpec(specText).setTextCol("");
        PipelineModel model = new org.apache.spark.ml.Pipeline().setStages(new PipelineStage[] {estimator})
                .fit(frame);
        String path = dir.resolve("model").toString();
        model.write().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        assertEquals(((ZhpipeModel) model.stages()[0]).fittedSpec(), ((ZhpipeModel) loaded.stages()[0]).fittedSpec());
        for (PipelineModel m : List.of(model, loaded)) {
            List<Row> rows = m.transform(frame).orderBy("id").collectAsList();
            assertEquals(REVIEWS.size(), rows.size());
            for (Row row : rows) {
                org.zhpipe.text.SparseVector expected = fitted.process(REVIEWS.get(row.getInt(0))).features();
                assertEquals(ResultColumns.vector(expected), row.<Vector>getAs("features"), "document "
                        + row.getInt(0));
            }
            assertEquals(List.of("id", "text", "tokens", "features", "signals", "drop"),
                    List.of(m.transform(frame).schema().fieldNames()));
        }
    }

    /** zhpipe fit's output becomes a model: the same columns as the estimator's model from the same documents. */
    @Test
    void aSpecFittedByZhpipeFitBecomesAModel(@TempDir Path dir) throws Exception {
        String specText = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"tfidf\", "
                + "\"ngram\": [1, 2]}]}";
        Spec spec = Spec.parse(specText);
        FittedSpec.write(spec, spec.build().fit(REVIEWS.stream()), dir.resolve("cli.json"));
        ZhpipeModel fromFile = ZhpipeModel.fromFitted(dir.resolve("cli.json")).setTokensCol("");
        Dataset<Row> frame = Samples.frame(spark, REVIEWS, 2);
        ZhpipeModel fitted = new ZhpipeEstimator().setSpec(specText).setTokensCol("").fit(frame);
        assertEquals(fitted.transform(frame).orderBy("id").collectAsList(),
                fromFile.transform(frame).orderBy("id").collectAsList());

        Files.writeString(dir.resolve("cli.vocab.tsv"), "term\tindex\tdf\tidf\n");
        org.zhpipe.spec.SpecException changed = assertThrows(org.zhpipe.spec.SpecException.class,
                () -> ZhpipeModel.fromFitted(dir.resolve("cli.json")));
        org.junit.jupiter.api.Assertions.assertTrue(changed.getMessage().contains("SHA-256"), changed.getMessage());
        Files.writeString(dir.resolve("unfitted.json"), specText);
        IllegalArgumentException unfitted = assertThrows(IllegalArgumentException.class,
                () -> ZhpipeModel.fromFitted(dir.resolve("unfitted.json")));
        assertEquals(dir.resolve("unfitted.json") + " is not fitted: its feature stage learns from a corpus; fit it "
                + "with zhpipe fit or ZhpipeEstimator first", unfitted.getMessage());
    }

    /** Discovered words are fitted by zhpipe fit and reviewed; the estimator refuses them, a fitted spec carries them. */
    @Test
    void discoveredWordsTravelInAFittedSpecAndTheEstimatorRefusesToDiscover(@TempDir Path dir) throws Exception {
        String specText = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", \"discover\": {\"minCount\": 3, "
                + "\"minEntropy\": 0.5, \"minCohesion\": 1}}]}";
        List<String> corpus = List.of("卷积神经网络很强。", "我们用卷积神经网络。", "卷积神经网络的层很深", "好的卷积神经网络");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ZhpipeEstimator().setSpec(specText).fit(Samples.frame(spark, corpus, 2)));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().startsWith("segment's discover learns words "
                + "that a person reviews"), refused.getMessage());
        Spec spec = Spec.parse(specText);
        FittedSpec.write(spec, spec.build().fit(corpus.stream()), dir.resolve("words.json"));
        ZhpipeModel model = ZhpipeModel.fromFitted(dir.resolve("words.json")).setTextCol("").setSignalsCol("");
        List<Row> rows = model.transform(Samples.frame(spark, List.of("用卷积神经网络"), 1)).collectAsList();
        List<Row> tokens = rows.get(0).getList(rows.get(0).fieldIndex("tokens"));
        assertEquals(List.of("用", "卷积神经网络"), tokens.stream().map(t -> t.getString(0)).toList());
    }

    /** A stopword list from SparkFiles while fitting and applying; the fitted vocabulary travels with the model. */
    @Test
    void aSpecWithDataFilesInSparkFilesFitsAndRuns(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("review-stopwords.txt");
        Files.writeString(list, "手机\n不错\n");
        spark.sparkContext().addFile(list.toString());
        String specText = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\"}, {\"type\": \"stopwords\", "
                + "\"files\": [\"review-stopwords.txt\"]}, {\"type\": \"bow\", \"minDf\": 2}]}";
        Dataset<Row> frame = Samples.frame(spark, REVIEWS, 3);
        ZhpipeModel model = new ZhpipeEstimator().setSpec(specText).setDataFolder(DataFolder.SPARK_FILES)
                .setTextCol("").setSignalsCol("").fit(frame);
        Spec local = Spec.parse(specText.replace("review-stopwords.txt",
                list.toString().replace("\\", "\\\\")));
        Pipeline fitted = local.build().fit(REVIEWS.stream());
        List<Row> rows = model.transform(frame).orderBy("id").collectAsList();
        for (Row row : rows) {
            assertEquals(ResultColumns.vector(fitted.process(REVIEWS.get(row.getInt(0))).features()),
                    row.<Vector>getAs("features"), "document " + row.getInt(0));
        }
        org.junit.jupiter.api.Assertions.assertFalse(new String(model.source().file("fitted.vocab.tsv"),
                java.nio.charset.StandardCharsets.UTF_8).contains("\n手机\t"), "a stopword is no term");
    }

    @Test
    void nullTextsAreSkippedAndNoDocumentAtAllIsRefused() throws Exception {
        String specText = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"bow\"}]}";
        ZhpipeModel withNulls = new ZhpipeEstimator().setSpec(specText)
                .fit(Samples.frame(spark, java.util.Arrays.asList("a b", null, "b c"), 2));
        Pipeline fitted = Spec.parse(specText).build().fit(java.util.stream.Stream.of("a b", "b c"));
        assertEquals(fitted.process("a b c").features(),
                PipelineSource.of(withNulls.fittedSpec(), java.util.Map.of("fitted.vocab.tsv",
                        withNulls.source().file("fitted.vocab.tsv"))).build().process("a b c").features());

        org.zhpipe.stage.FitException e = assertThrows(org.zhpipe.stage.FitException.class,
                () -> new ZhpipeEstimator().setSpec(specText).fit(Samples.frame(spark, List.of(), 1)));
        assertEquals("the corpus has no documents: give at least one", e.getMessage());
    }

    @Test
    void aSpecWithNothingToFitIsRefused() {
        Dataset<Row> frame = Samples.frame(spark, List.of("今天"), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZhpipeEstimator().setSpec(Samples.spec("clean.json")).fit(frame));
        assertEquals("the spec has no feature stage that learns from a corpus: use ZhpipeTransformer", e.getMessage());
    }
}
