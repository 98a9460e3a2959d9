package org.zhpipe.stage;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.normalize.LowercaseStage;
import org.zhpipe.normalize.WhitespaceStage;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.text.Tokens;

class PipelineTest {
    private final TokenStage dropPunctuation = (tokens, text) -> {
        Tokens.Builder b = Tokens.builder(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.type(i) != org.zhpipe.text.TokenType.PUNCTUATION) {
                b.add(tokens, i);
            }
        }
        return b.build();
    };

    @Test
    void textOnlyPipeline() {
        Pipeline p = Pipeline.builder().add(new HalfwidthStage()).add(new LowercaseStage()).build();
        Result r = p.process("ＡＢＣ，你好");
        assertFalse(r.segmented());
        assertEquals("abc,你好", r.output());
        assertTrue(r.tokens().isEmpty());
    }

    @Test
    void segmentingPipelineJoinsTokens() {
        Pipeline p = Pipeline.builder().add(new HalfwidthStage()).add(new BasicTokenizer()).add(dropPunctuation)
                .build();
        assertEquals("ABC 你 好", p.process("ＡＢＣ，你好").output());
        assertTrue(p.segments());
    }

    @Test
    void stageOrderIsChecked() {
        StageOrderException e = assertThrows(StageOrderException.class,
                () -> Pipeline.builder().add("drop", dropPunctuation).add("tokenize", new BasicTokenizer()).build());
        assertEquals(0, e.index());
        StageOrderException late = assertThrows(StageOrderException.class,
                () -> Pipeline.builder().add("tokenize", new BasicTokenizer()).add("lowercase", new LowercaseStage())
                        .build());
        assertEquals(1, late.index());
        assertEquals("text stage \"lowercase\" comes after the segmenter \"tokenize\"; text stages run on the text "
                + "before it is segmented: move it before stages[0]", late.getMessage());
        assertThrows(StageOrderException.class,
                () -> Pipeline.builder().add(new BasicTokenizer()).add(new BasicTokenizer()).build());
    }

    @Test
    void traceShowsEveryStageUnfused() {
        Pipeline p = Pipeline.builder().add("halfwidth", new HalfwidthStage()).add("lowercase", new LowercaseStage())
                .add("tokenize", new BasicTokenizer()).build();
        List<Pipeline.Step> steps = p.trace("ＡＢ，Ｃ");
        assertEquals(List.of("halfwidth", "lowercase", "tokenize"),
                steps.stream().map(Pipeline.Step::name).toList());
        assertEquals("AB,C", steps.get(0).text().current());
        assertNull(steps.get(1).tokens());
        assertEquals(List.of("ab", ",", "c"), steps.get(2).tokens().terms());
    }

    @Test
    void streamsLazilyInOrder() {
        Pipeline p = Pipeline.builder().add(new HalfwidthStage()).build();
        List<String> out = p.process(Stream.of("Ａ", "Ｂ", "Ｃ")).map(Result::output).toList();
        assertEquals(List.of("A", "B", "C"), out);
        // an infinite stream: only what is consumed is processed
        assertEquals(List.of("1", "2"), p.process(Stream.iterate(1, i -> i + 1).map(i -> Character.toString(0xFF10 + i)))
                .limit(2).map(Result::output).toList());
    }

    @Test
    void eightThreadsGiveTheSameOutputAsOne() throws Exception {
        Pipeline p = Pipeline.builder().add(new HalfwidthStage()).add(new LowercaseStage())
                .add(new WhitespaceStage()).add(new BasicTokenizer()).build();
        List<String> docs = IntStream.range(0, 4000)
                .mapToObj(i -> "第" + i + "条　ＮＥＷＳ：GPT-" + i + "😀 价格" + (i * 1.5) + "元。")
                .toList();
        List<String> sequential = docs.stream().map(d -> describe(p.process(d))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String d : docs) {
                futures.add(pool.submit(() -> describe(p.process(d))));
            }
            List<String> parallel = new ArrayList<>();
            for (Future<String> f : futures) {
                parallel.add(f.get());
            }
            assertEquals(sequential, parallel);
        } finally {
            pool.shutdown();
        }
    }

    private static String describe(Result r) {
        return IntStream.range(0, r.tokens().size())
                .mapToObj(i -> r.tokens().term(i) + "@" + r.tokens().start(i) + "-" + r.tokens().end(i))
                .collect(Collectors.joining(" "));
    }
}
