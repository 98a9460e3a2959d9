package org.zhpipe.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhpipe.stage.Result;
import org.zhpipe.testing.TestPipelines;

class ResultJsonTest {
    @Test
    void anUnsegmentedResultHasOnlyTheFinalText() {
        Result r = TestPipelines.upperPipeline().process("abc 中文 \"q\"");
        assertEquals("{\"text\":\"ABC 中文 \\\"Q\\\"\"}", ResultJson.toJsonLine(r));
    }

    @Test
    void aSegmentedResultHasTokensWithOriginalOffsetsInUtf16() {
        Result r = TestPipelines.segmenting(false).process("a 𠀀好");
        assertEquals("{\"text\":\"A 𠀀好\",\"tokens\":[{\"text\":\"A\",\"start\":0,\"end\":1},"
                + "{\"text\":\"𠀀\",\"start\":2,\"end\":4},{\"text\":\"好\",\"start\":4,\"end\":5}]}",
                ResultJson.toJsonLine(r));
    }

    @Test
    void tagsAppearOnlyWhenTheTokensCarryThem() {
        Result r = TestPipelines.segmenting(true).process("好");
        assertEquals("{\"text\":\"好\",\"tokens\":[{\"text\":\"好\",\"start\":0,\"end\":1,\"tag\":\"x\"}]}",
                ResultJson.toJsonLine(r));
    }

    @Test
    void anEmptyDocument() {
        assertEquals("{\"text\":\"\",\"tokens\":[]}", ResultJson.toJsonLine(TestPipelines.segmenting(false).process("")));
    }
}
