package org.zhpipe.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.input.InputFormat;
import org.zhpipe.stage.Pipeline;

class JsonEscapesTest {
    @Test
    void loneSurrogatesAreEscapedPairsAndOtherTextKept() {
        assertEquals("{\"t\":\"a\\ud800b\\udc00\"}", JsonEscapes.escapeLoneSurrogates("{\"t\":\"a\ud800b\udc00\"}"));
        assertEquals("\\udbff", JsonEscapes.escapeLoneSurrogates("\udbff"));
        String paired = "{\"t\":\"😀𠀀中\"}";
        assertSame(paired, JsonEscapes.escapeLoneSurrogates(paired));
        assertEquals("\\udc00😀", JsonEscapes.escapeLoneSurrogates("\udc00😀"));
    }

    @Test
    void jsonlOutputCarriesLoneSurrogatesEscapedNotAsQuestionMarks() throws IOException {
        Pipeline pipeline = org.zhpipe.spec.Spec.parseInline("tokenize").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchRunner(pipeline, BatchOptions.builder().inputFormat(InputFormat.JSONL).workers(1).build())
                .run(new ByteArrayInputStream("{\"id\":\"\\udfff\",\"text\":\"a\\ud800b\"}\n"
                        .getBytes(StandardCharsets.UTF_8)), out, new ArrayList<String>()::add);
        assertEquals("{\"id\":\"\\udfff\",\"text\":\"a\\ud800b\",\"tokens\":[{\"text\":\"a\",\"start\":0,\"end\":1},"
                + "{\"text\":\"b\",\"start\":2,\"end\":3}]}\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("{\"text\":\"x\\ud800\"}", ResultJson.toJsonLine(pipeline.process("x\ud800")).replaceAll(
                ",\"tokens\".*", "}"));
    }
}
