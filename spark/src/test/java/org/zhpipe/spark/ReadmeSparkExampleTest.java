package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Spark example: this test runs it, and checks that the README shows exactly this code. */
class ReadmeSparkExampleTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ReadmeSparkExampleTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theReadmeExampleRuns(@TempDir Path dir) throws Exception {
        Path samples = Samples.file("");
        Dataset<Row> documents = Samples.frame(spark, Samples.texts("reviews.txt").subList(0, 12), 1)
                .withColumnRenamed("text", "body");
        Path folder = dir.resolve("fitted");
        String modelPath = dir.resolve("model").toString();
        // README-SPARK-BEGIN
        // a spec with nothing to fit: a Transformer
        ZhpipeTransformer search = new ZhpipeTransformer()
                .setSpec(Files.readString(samples.resolve("specs/search.json")))
                .setInputCol("body");                  // adds normalized, tokens, features, signals, drop
        Dataset<Row> tokens = search.transform(documents);

        // a spec whose feature stage learns from the corpus: an Estimator, fitted as zhpipe fit fits
        ZhpipeEstimator tfidf = new ZhpipeEstimator()
                .setSpec(Files.readString(samples.resolve("specs/tfidf.json")))
                .setInputCol("body");
        ZhpipeModel model = tfidf.fit(documents);
        model.saveFitted(folder);                      // fitted.json + fitted.vocab.tsv, as zhpipe fit writes them
        Dataset<Row> vectors = model.transform(documents);

        // both stand in a Spark ML Pipeline, and save and load with it
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {tfidf}).fit(documents);
        fitted.write().save(modelPath);                // a Hadoop path: local, hdfs://, s3a://
        PipelineModel loaded = PipelineModel.load(modelPath);
        // README-SPARK-END

        assertEquals(12, tokens.filter("size(tokens) > 0").count());
        assertEquals(12, vectors.filter("features is not null").count());
        assertTrue(Files.exists(folder.resolve("fitted.vocab.tsv")));
        assertEquals(rows(vectors), rows(loaded.transform(documents)));
        String readme = Files.readString(Path.of(System.getProperty("zhpipe.root", "..")).resolve("README.md"));
        assertTrue(readme.contains("```java\n" + snippet() + "```\n"),
                "the README's Spark example differs from this test's; copy it from here:\n" + snippet());
    }

    private static List<Row> rows(Dataset<Row> frame) {
        return frame.orderBy("id").collectAsList();
    }

    /** The code between the markers above, unindented. */
    private static String snippet() throws Exception {
        String source = Files.readString(Path.of(System.getProperty("zhpipe.root", "..")).resolve(
                "spark/src/test/java/org/zhpipe/spark/ReadmeSparkExampleTest.java"));
        String begin = "// README-SPARK-BEGIN\n";
        String body = source.substring(source.indexOf(begin) + begin.length(),
                source.indexOf("        // README-SPARK-END"));
        return body.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
    }
}
