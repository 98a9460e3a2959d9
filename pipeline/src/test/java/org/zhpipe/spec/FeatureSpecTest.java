package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.feature.TfIdfStage;
import org.zhpipe.stage.Pipeline;

/** The feature stages' parameters and fitted specs. */
class FeatureSpecTest {
    @TempDir
    Path dir;

    private static String error(String json) {
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse("{\"stages\": [{\"type\": "
                + "\"tokenize\"}, " + json + "]}").build());
        return e.path() + ": " + e.getMessage().substring(e.getMessage().indexOf(e.path() + ": ") + e.path().length()
                + 2);
    }

    @Test
    void countsAndFractionsKeepTheirJsonType() {
        Spec spec = Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"tfidf\", \"minDf\": 2, "
                + "\"maxDf\": 0.5}]}");
        TfIdfStage.Params p = (TfIdfStage.Params) spec.stages().get(1).params();
        assertEquals(2L, p.minDf());
        assertEquals(0.5, p.maxDf());
        assertEquals(spec, Spec.parse(spec.toJson()));
        TfIdfStage.Params inline = (TfIdfStage.Params) Spec.parseInline(
                "tokenize,tfidf:minDf=2;maxDf=0.5;ngram=1|2").stages().get(1).params();
        assertEquals(2L, inline.minDf());
        assertEquals(0.5, inline.maxDf());
        assertEquals(List.of(1, 2), inline.ngram());
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertEquals("stages[1].minDf: a fraction of the documents lies in [0.0, 1.0], got 1.5; write a "
                + "document count as an integer (2, not 2.0)", error("{\"type\": \"tfidf\", \"minDf\": 1.5}"));
        assertEquals("stages[1].ngram: expected [min, max] with 1 ≤ min ≤ max ≤ 10, such as [1, 2] for words "
                + "and pairs of words (inline: ngram=1|2), got [2, 1]", error("{\"type\": \"tfidf\", \"ngram\": [2, 1]}"));
        assertEquals("stages[1].smoothIdf: smoothIdf chooses between the two sklearn formulas; the plain "
                + "formula has no smoothing: remove smoothIdf or use \"idf\": \"sklearn\"",
                error("{\"type\": \"tfidf\", \"idf\": \"plain\", \"smoothIdf\": false}"));
        assertEquals("stages[1].vocabulary: a fixed vocabulary is used as given: minDf, maxDf and "
                + "maxFeatures would have no effect; remove them or the vocabulary",
                error("{\"type\": \"bow\", \"vocabulary\": [\"a\"], \"minDf\": 2}"));
        assertEquals("stages[1].minDf: expected a document count (an integer such as 2) or a fraction of "
                + "the documents (a number with a decimal point such as 0.5), got \"2\" (a string)",
                error("{\"type\": \"bow\", \"minDf\": \"2\"}"));
        assertEquals("stages[1].bits: expected 1 to 30 (2^bits dimensions), got 31",
                error("{\"type\": \"hashing_tf\", \"bits\": 31}"));
    }

    /** A fitted spec edited to an unsmoothed idf: a term in no document would weigh infinity. */
    @Test
    void anEditedFittedSpecThatWouldDivideByZeroIsRefused() throws IOException {
        Spec spec = Spec.parseInline("segment,tfidf:vocabulary=今天|手机");
        Path file = dir.resolve("fv.json");
        FittedSpec.write(spec, spec.build().fit(List.of("今天天气很好", "今天下雨").stream()), file);
        Files.writeString(file, Files.readString(file).replace("\"smoothIdf\": true", "\"smoothIdf\": false"));
        SpecException e = assertThrows(SpecException.class, () -> Spec.read(file).build());
        assertEquals("stages[1].model", e.path());
        assertTrue(e.getMessage().endsWith("the term \"手机\" of the vocabulary occurs in no document, so its idf "
                + "(sklearn without smoothing) divides by zero: remove the term, or use smoothIdf (the default)"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FittedSpec.write(spec, spec.build(), file));
    }

    @Test
    void aFixedVocabularyWithoutIdfNeedsNoFitting() {
        Pipeline p = Spec.parseInline("tokenize,bow:vocabulary=天|气").build();
        assertEquals("天:1 气:2", p.process("天气气雨").output());
    }

    @Test
    void aFittedSpecIsWrittenReadAndApplied() throws IOException {
        Spec spec = Spec.parseInline("segment,tfidf:ngram=1|2");
        List<String> corpus = List.of("今天天气很好", "今天下雨了", "明天天气怎么样");
        Pipeline fitted = spec.build().fit(corpus.stream());
        Path file = dir.resolve("fitted.json");
        Spec written = FittedSpec.write(spec, fitted, file).spec();
        TfIdfStage.Params p = (TfIdfStage.Params) written.stages().get(1).params();
        assertEquals("fitted.vocab.tsv", p.model());
        assertEquals(3, p.modelDocuments());
        Spec read = Spec.read(file);
        assertEquals(written, read);
        Pipeline applied = read.build();
        for (String d : corpus) {
            assertEquals(fitted.process(d).features(), applied.process(d).features());
        }
        // moved together to another folder, the relative model path still resolves
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.move(file, other.resolve("fitted.json"));
        Files.move(dir.resolve("fitted.vocab.tsv"), other.resolve("fitted.vocab.tsv"));
        assertEquals(fitted.process("今天").features(), Spec.read(other.resolve("fitted.json")).build()
                .process("今天").features());
        // a changed model is refused, naming the stage's parameter
        Path tsv = other.resolve("fitted.vocab.tsv");
        Files.writeString(tsv, Files.readString(tsv).replace("今天\t", "昨天\t"));
        SpecException e = assertThrows(SpecException.class, () -> Spec.read(other.resolve("fitted.json")).build());
        assertEquals("stages[1].model", e.path());
        assertTrue(e.getMessage().contains(tsv + ": the file has changed since it was fitted"), e.getMessage());
    }
}
