package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * zhpipe's Spark modes against Spark ML's own classes on the same tokens (zhpipe's, of samples/text/reviews.txt):
 * {@code hashing_tf} with {@code "hash": "spark"} against {@code HashingTF}, and {@code tfidf} with
 * {@code "idf": "spark"} against {@code CountVectorizer} → {@code IDF} → {@code Normalizer}.
 */
class SparkExactnessTest {
    private static final String TOKENS = "{\"type\": \"halfwidth\"}, {\"type\": \"segment\"}, {\"type\": \"stopwords\"}";

    private static SparkSession spark;
    private static Dataset<Row> terms;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkExactnessTest");
        String segment = "{\"zhpipe\": 1, \"stages\": [" + TOKENS + "]}";
        terms = new ZhpipeTransformer().setSpec(segment).transform(Samples.frame(spark, Samples.texts("reviews.txt"), 2))
                .withColumn("terms", functions.col("tokens.term"))
                .select("id", "terms")
                .orderBy("id")
                .cache();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void hashingTfWithTheSparkHashIsSparksHashingTf() {
        for (boolean binary : new boolean[] {false, true}) {
            String spec = "{\"zhpipe\": 1, \"stages\": [" + TOKENS + ", {\"type\": \"hashing_tf\", \"bits\": 18, "
                    + "\"hash\": \"spark\", \"signed\": false, \"norm\": \"none\", \"binary\": " + binary + "}]}";
            HashingTF spark = new HashingTF().setNumFeatures(1 << 18).setBinary(binary).setInputCol("terms")
                    .setOutputCol("expected");
            List<Row> expected = spark.transform(terms).select("id", "expected").orderBy("id").collectAsList();
            Pipeline zhpipe = Spec.parse(spec).build();
            List<String> texts = Samples.texts("reviews.txt");
            int nonEmpty = 0;
            for (Row row : expected) {
                SparseVector want = ((Vector) row.get(1)).toSparse();
                SparseVector got = ResultColumns.vector(zhpipe.process(texts.get(row.getInt(0))).features())
                        .toSparse();
                assertEquals(want, got, "document " + row.getInt(0) + ", binary " + binary);
                nonEmpty += want.numActives() > 0 ? 1 : 0;
            }
            assertTrue(nonEmpty > 70, "vectors were compared");
        }
    }

    @Test
    void tfidfWithTheSparkIdfIsSparksIdfThenNormalizer() {
        String spec = "{\"zhpipe\": 1, \"stages\": [" + TOKENS + ", {\"type\": \"tfidf\", \"idf\": \"spark\", "
                + "\"smoothIdf\": true, \"minDf\": 2, \"norm\": \"l2\"}]}";
        CountVectorizerModel counts = new CountVectorizer().setInputCol("terms").setOutputCol("tf").fit(terms);
        Dataset<Row> tf = counts.transform(terms);
        Dataset<Row> idf = new IDF().setMinDocFreq(2).setInputCol("tf").setOutputCol("tfidf").fit(tf).transform(tf);
        List<Row> expected = new Normalizer().setP(2).setInputCol("tfidf").setOutputCol("expected").transform(idf)
                .select("id", "expected").orderBy("id").collectAsList();
        String[] vocabulary = counts.vocabulary();

        List<String> texts = Samples.texts("reviews.txt");
        Pipeline zhpipe = Spec.parse(spec).build().fit(texts.stream());
        int compared = 0;
        for (Row row : expected) {
            Map<String, Double> want = new HashMap<>();
            SparseVector sparse = ((Vector) row.get(1)).toSparse();
            for (int k = 0; k < sparse.indices().length; k++) {
                if (sparse.values()[k] != 0) {
                    want.put(vocabulary[sparse.indices()[k]], sparse.values()[k]);
                }
            }
            org.zhpipe.text.SparseVector vector = zhpipe.process(texts.get(row.getInt(0))).features();
            Map<String, Double> got = new HashMap<>();
            for (int i = 0; i < vector.size(); i++) {
                got.put(vector.term(i), vector.value(i));
            }
            String where = "document " + row.getInt(0);
            assertEquals(want.keySet(), got.keySet(), where);
            for (Map.Entry<String, Double> entry : want.entrySet()) {
                assertEquals(entry.getValue(), got.get(entry.getKey()), 1e-9, where + ", " + entry.getKey());
                compared++;
            }
        }
        assertTrue(compared > 100, "weights were compared: " + compared);
    }
}
