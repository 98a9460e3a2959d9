package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.FeatureEstimator;
import org.zhpipe.stage.FeatureStage;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Stage;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * The feature stages against scikit-learn 1.2.1 (and jieba 0.42.1's keyword formula) on the same tokens: the 80
 * documents of {@code samples/text/reviews.txt} as {@code segment,stopwords} cut them. The expected values were
 * computed by {@code generate_sklearn_fixtures.py} (beside the fixtures) and are committed, so no Python is needed.
 */
class SklearnEquivalenceTest {
    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<List<String>> documents() {
        List<List<String>> documents = new ArrayList<>();
        for (String line : resource("reviews-tokens.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            read(line).get("tokens").forEach(t -> tokens.add(t.textValue()));
            documents.add(tokens);
        }
        return documents;
    }

    /** Tokens with made-up offsets: each term after the previous one, as if joined without spaces. */
    static Tokens tokens(List<String> terms) {
        Tokens.Builder b = Tokens.builder(terms.size());
        int at = 0;
        for (String term : terms) {
            b.add(term, at, at + term.length(), TokenType.WORD);
            at += term.length();
        }
        return b.build();
    }

    /** The feature stage of {@code stage}, fitted on {@code documents} when it needs fitting. */
    static FeatureStage fitted(JsonNode stage, List<List<String>> documents) {
        Pipeline pipeline = Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, " + stage + "]}").build();
        Stage feature = pipeline.featureStage().orElseThrow().stage();
        if (feature instanceof FeatureEstimator estimator) {
            FitAccumulator counts = estimator.newAccumulator();
            for (List<String> document : documents) {
                counts.add(tokens(document), Text.of(String.join("", document)));
            }
            return estimator.fit(counts);
        }
        return (FeatureStage) feature;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatches() {
        JsonNode expected = read(resource("sklearn-expected.json"));
        List<List<String>> documents = documents();
        assertEquals(expected.get("documents").intValue(), documents.size());
        List<DynamicTest> tests = new ArrayList<>();
        expected.get("cases").forEach(c -> tests.add(DynamicTest.dynamicTest(
                c.get("name").textValue() + " (" + c.get("reference").textValue() + ")",
                () -> check(c, documents))));
        assertTrue(tests.size() >= 10, "the fixture holds the default and at least four other settings per stage");
        return tests.stream();
    }

    private static void check(JsonNode c, List<List<String>> documents) {
        FeatureStage stage = fitted(c.get("stage"), documents);
        if (c.has("vocabulary")) {
            List<String> vocabulary = new ArrayList<>();
            c.get("vocabulary").forEach(t -> vocabulary.add(t.textValue()));
            assertEquals(vocabulary, ((TfIdfModel) stage).vocabulary().terms(), "vocabulary in index order");
        }
        if (c.has("idf")) {
            TfIdfModel model = (TfIdfModel) stage;
            for (int i = 0; i < c.get("idf").size(); i++) {
                assertEquals(c.get("idf").get(i).doubleValue(), model.idf(i), 1e-12, "idf of " + i);
            }
        }
        for (int d = 0; d < documents.size(); d++) {
            List<String> document = documents.get(d);
            SparseVector vector = stage.apply(tokens(document), Text.of(String.join("", document)));
            JsonNode row = c.get("rows").get(d);
            String where = c.get("name").textValue() + ", document " + d;
            if (row.has("terms")) {
                assertEquals(row.get("terms").size(), vector.size(), where + ": number of keywords");
                for (int i = 0; i < vector.size(); i++) {
                    assertEquals(row.get("terms").get(i).textValue(), vector.term(i), where + ": keyword " + i);
                    assertEquals(row.get("weights").get(i).doubleValue(), vector.value(i), TOLERANCE,
                            where + ": weight of " + vector.term(i));
                }
                continue;
            }
            int[] indices = new int[row.get("indices").size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = row.get("indices").get(i).intValue();
            }
            int[] actual = new int[vector.size()];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = vector.index(i);
            }
            assertArrayEquals(indices, actual, where + ": indices");
            for (int i = 0; i < indices.length; i++) {
                assertEquals(row.get("values").get(i).doubleValue(), vector.value(i), TOLERANCE,
                        where + ": value at index " + indices[i]);
            }
        }
    }

    /** The committed tokens are what the pipeline makes of the sample corpus today (else regenerate the fixtures). */
    @Test
    void fixtureTokensAreWhatThePipelineMakesOfTheSampleCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("zhpipe.root", ".")).resolve("samples/text/reviews.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(corpus), "the repository's samples/ folder is here");
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Pipeline pipeline = Spec.parseInline("segment,stopwords").build();
        List<List<String>> documents = documents();
        assertEquals(documents.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(documents.get(i), pipeline.process(lines.get(i)).tokens().terms(),
                    "reviews.txt line " + (i + 1) + " is segmented differently than when the fixtures were made: "
                            + "regenerate them (see generate_sklearn_fixtures.py)");
        }
    }

    /** The whole pipeline, fitted on the raw sample corpus, gives scikit-learn's TF-IDF vectors. */
    @Test
    void pipelineFittedOnTheCorpusMatchesScikitLearn() throws IOException {
        Path corpus = Path.of(System.getProperty("zhpipe.root", ".")).resolve("samples/text/reviews.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(corpus), "the repository's samples/ folder is here");
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Pipeline fitted = Spec.parseInline("segment,stopwords,tfidf").build().fit(lines.stream());
        JsonNode tfidf = null;
        for (JsonNode c : read(resource("sklearn-expected.json")).get("cases")) {
            if (c.get("name").textValue().equals("tfidf-default")) {
                tfidf = c;
            }
        }
        for (int d = 0; d < lines.size(); d++) {
            SparseVector vector = fitted.process(lines.get(d)).features();
            JsonNode row = tfidf.get("rows").get(d);
            assertEquals(row.get("indices").size(), vector.size(), "line " + (d + 1));
            for (int i = 0; i < vector.size(); i++) {
                assertEquals(row.get("indices").get(i).intValue(), vector.index(i));
                assertEquals(row.get("values").get(i).doubleValue(), vector.value(i), TOLERANCE);
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = SklearnEquivalenceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
