package org.zhpipe.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.normalize.LowercaseStage;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/** Document stages in a pipeline: signals in order, a drop ends the run, order rules, tracing and fitting. */
class DocumentStageTest {
    /** Measures the length in code points (and, after the segmenter, the token count); drops below a minimum. */
    private record Length(String signal, int min, boolean tokens) implements DocumentStage {
        @Override
        public List<String> signalNames() {
            return tokens ? List.of(signal, signal + "_tokens") : List.of(signal);
        }

        @Override
        public boolean needsTokens() {
            return tokens;
        }

        @Override
        public List<Violation> judge(Text text, Tokens at, double[] signals, int from) {
            String s = text.current();
            int n = s.codePointCount(0, s.length());
            signals[from] = n;
            if (tokens) {
                signals[from + 1] = at.size();
            }
            return n < min ? List.of(new Violation("min_" + signal, signal + " " + n + " < " + min)) : List.of();
        }
    }

    @Test
    void signalsAreMeasuredInPipelineOrderAndAKeptDocumentRunsOn() {
        Pipeline p = Pipeline.builder().add("before", new Length("chars_before", 1, false))
                .add(new HalfwidthStage()).add(new BasicTokenizer()).add("after", new Length("chars_after", 1, true))
                .build();
        assertEquals(List.of("chars_before", "chars_after", "chars_after_tokens"), p.signalNames());
        Result r = p.process("ＡＢ 𠀀");
        assertFalse(r.dropped());
        assertEquals(List.of("AB", "𠀀"), r.tokens().terms());
        assertEquals(List.of("chars_before", "chars_after", "chars_after_tokens"), r.signals().names());
        assertEquals(4.0, r.signals().value("chars_before"));
        assertEquals(2.0, r.signals().value("chars_after_tokens"));
    }

    @Test
    void aDropEndsTheRunAndSaysWhy() {
        Pipeline p = Pipeline.builder().add(new LowercaseStage()).add("short", new Length("chars", 5, false))
                .add(new BasicTokenizer()).add("after", new Length("later", 1, true)).build();
        Result r = p.process("ABC");
        assertTrue(r.dropped());
        assertEquals(List.of(new Drop("short", "min_chars", "chars 3 < 5")), r.drops());
        assertEquals("short.min_chars", r.drops().get(0).key());
        assertEquals("abc", r.text().current());
        assertTrue(r.tokens().isEmpty());
        // the later stage's signals were never measured
        assertEquals(List.of("chars"), r.signals().names());
        assertTrue(Double.isNaN(r.signals().value("later")));
    }

    @Test
    void orderRulesAreCheckedWhenBuilt() {
        StageOrderException tokensFirst = assertThrows(StageOrderException.class,
                () -> Pipeline.builder().add("words", new Length("n", 0, true)).add(new BasicTokenizer()).build());
        assertTrue(tokensFirst.getMessage().contains("document stage \"words\" measures tokens, but no segmenter "
                + "comes before it"), tokensFirst.getMessage());
        StageOrderException twice = assertThrows(StageOrderException.class,
                () -> Pipeline.builder().add("a", new Length("n", 0, false)).add("b", new Length("n", 0, false))
                        .build());
        assertTrue(twice.getMessage().contains("measures the signal n, which stages[0] \"a\" measures already"),
                twice.getMessage());
    }

    @Test
    void traceShowsSignalsAndStopsAtTheDrop() {
        Pipeline p = Pipeline.builder().add("halfwidth", new HalfwidthStage()).add("len", new Length("n", 9, false))
                .add("lowercase", new LowercaseStage()).build();
        List<Pipeline.Step> steps = p.trace("ＡＢ");
        assertEquals(2, steps.size());
        assertEquals(2.0, steps.get(1).signals().value("n"));
        assertEquals("len.min_n", steps.get(1).drops().get(0).key());
    }

    @Test
    void aPipelineWithoutDocumentStagesHasNoSignals() {
        Result r = Pipeline.builder().add(new HalfwidthStage()).build().process("ａ");
        assertTrue(r.signals().isEmpty());
        assertFalse(r.dropped());
    }

    @Test
    void droppedDocumentsAreNotCountedWhenFitting() {
        Pipeline p = Pipeline.builder().add(new BasicTokenizer()).add("len", new Length("n", 3, true))
                .add("tfidf", new org.zhpipe.feature.TfIdfEstimator(org.zhpipe.feature.VectorizerSettings.tfIdf()))
                .build();
        FitAccumulator counts = p.newAccumulator();
        assertEquals(List.of(), p.accumulate("keep this one", counts));
        assertEquals("len.min_n", p.accumulate("no", counts).get(0).key());
        Pipeline fitted = p.fit(counts);
        assertEquals(1, fitted.process("keep this").features().size() > 0 ? 1 : 0);
        assertEquals(List.of(true, false), Stream.of("kept", "x").map(d -> !fitted.process(d).dropped()).toList());
    }
}
