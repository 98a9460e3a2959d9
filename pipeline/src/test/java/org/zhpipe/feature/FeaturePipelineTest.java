package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.UnfittedStageException;
import org.zhpipe.text.SparseVector;

/** Feature stages in a pipeline: fitting, applying, order, offsets, threads. */
class FeaturePipelineTest {
    private static final List<String> CORPUS = List.of("今天天气很好", "今天下雨了", "明天天气怎么样", "", "𠀀字和天气");

    @Test
    void anUnfittedPipelineRefusesToProcess() {
        Pipeline p = Spec.parseInline("segment,tfidf").build();
        assertTrue(p.needsFitting());
        assertEquals("stages[1] \"tfidf\" is not fitted: it learns from a corpus first: pipeline.fit(documents), or "
                + "newAccumulator, accumulate and fit(counts)",
                assertThrows(UnfittedStageException.class, () -> p.process("今天")).getMessage());
        assertThrows(UnfittedStageException.class, () -> p.trace("今天"));
    }

    @Test
    void fittingGivesAPipelineThatApplies() {
        Pipeline fitted = Spec.parseInline("segment,bow").build().fit(CORPUS.stream());
        assertFalse(fitted.needsFitting());
        // every word of the corpus, by code point
        assertEquals(List.of("下雨", "了", "今天", "和", "天气", "好", "字", "很", "怎么样", "明天", "𠀀"),
                ((TfIdfModel) fitted.featureStage().orElseThrow().stage()).vocabulary().terms());
        SparseVector v = fitted.process("天气天气今天").features();
        assertEquals("{今天@2=1.0, 天气@4=2.0}", v.toString());
        assertEquals("今天:1 天气:2", fitted.process("天气天气今天").output());
        assertEquals(0, fitted.process("").features().size());
        assertEquals(0, fitted.process("没有见过").features().size());
        assertThrows(IllegalStateException.class, () -> fitted.fit(Stream.of("x")));
    }

    @Test
    void partsCountedSeparatelyFitTheSameModel() {
        Pipeline p = Spec.parseInline("segment,tfidf:ngram=1|2").build();
        FitAccumulator first = p.newAccumulator();
        FitAccumulator second = p.newAccumulator();
        for (int i = 0; i < CORPUS.size(); i++) {
            p.accumulate(CORPUS.get(i), i < 2 ? first : second);
        }
        first.merge(second);
        Pipeline parts = p.fit(first);
        Pipeline whole = p.fit(CORPUS.stream());
        for (String d : CORPUS) {
            assertEquals(whole.process(d).features(), parts.process(d).features());
        }
    }

    @Test
    void keywordOffsetsPointIntoTheOriginalText() {
        Pipeline p = Spec.parseInline("halfwidth,segment,keywords:2").build();
        String text = "ＧＰＴ模型，模型训练𠀀";
        SparseVector v = p.process(text).features();
        assertEquals(2, v.size());
        for (int i = 0; i < v.size(); i++) {
            assertEquals(v.term(i), text.substring(v.start(i), v.end(i)).replace("ＧＰＴ", "GPT"));
        }
        assertEquals("模型", v.term(0)); // twice: the highest weight
        assertEquals(3, v.start(0));
    }

    @Test
    void aFeatureStageComesLastAndAfterASegmenter() {
        assertEquals("inline:1:1: stages[0].type: feature stage \"tfidf\" needs tokens, but no segmenter comes "
                + "before it: add a segmenter such as {\"type\": \"segment\"} before it",
                assertThrows(SpecException.class, () -> Spec.parseInline("tfidf").build()).getMessage());
        assertEquals("inline:1:13: stages[2].type: token stage \"stopwords\" comes after the feature stage \"bow\"; "
                + "a feature stage turns the tokens into a vector and must be the last stage: move it to the end",
                assertThrows(SpecException.class, () -> Spec.parseInline("segment,bow,stopwords").build())
                        .getMessage());
    }

    @Test
    void hashingNeedsNoFittingAndSupplementaryCharactersHashByTheirUtf8() {
        Pipeline p = Spec.parseInline("tokenize,hashing_tf:bits=4;norm=none;signed=false").build();
        SparseVector v = p.process("𠀀𠀀").features();
        assertEquals(1, v.size());
        assertEquals(2.0, v.value(0));
        assertNull(v.term(0));
        assertEquals(16, v.dimension());
    }

    /** As scikit-learn's HashingVectorizer: binary sets every stored bucket to 1, one whose signs cancelled too. */
    @Test
    void binaryHashingKeepsABucketWhoseSignsCancelled() {
        // w4 and w1 share bucket 0 of 2 with opposite signs (checked with scikit-learn 1.2.1)
        SparseVector counts = Spec.parseInline("tokenize,hashing_tf:bits=1;norm=none").build().process("w4 w1")
                .features();
        assertEquals(0, counts.size());
        SparseVector binary = Spec.parseInline("tokenize,hashing_tf:bits=1;norm=none;binary=true").build()
                .process("w4 w1").features();
        assertEquals("{0=1.0}", binary.toString());
    }

    @Test
    void countsOfAnotherEstimatorAreRefused() {
        Pipeline tfidf = Spec.parseInline("segment,tfidf").build();
        Pipeline bow = Spec.parseInline("segment,bow").build();
        FitAccumulator counts = bow.newAccumulator();
        bow.accumulate("今天天气很好", counts);
        assertThrows(IllegalArgumentException.class, () -> tfidf.fit(counts));
    }

    @Test
    void eightThreadsGiveWhatOneGives() throws Exception {
        List<String> lines = new ArrayList<>();
        for (List<String> d : SklearnEquivalenceTest.documents()) {
            lines.add(String.join("", d));
        }
        Pipeline p = Spec.parseInline("segment,stopwords,tfidf:ngram=1|2").build().fit(lines.stream());
        List<SparseVector> expected = lines.stream().map(l -> p.process(l).features()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<SparseVector>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> lines.stream().map(l -> p.process(l).features()).toList()));
            }
            for (Future<List<SparseVector>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
