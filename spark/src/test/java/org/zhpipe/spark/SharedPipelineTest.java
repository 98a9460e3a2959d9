package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhpipe.stage.Pipeline;

/** One pipeline per holder, built on first use, whichever thread asks; shipping it ships only the source. */
class SharedPipelineTest {
    private static final String SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, "
            + "{\"type\": \"tokenize\"}]}";

    @Test
    void concurrentTasksShareOnePipeline() throws Exception {
        SharedPipeline shared = new SharedPipeline(PipelineSource.of(SPEC));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Pipeline>> gets = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                gets.add(threads.submit(shared::get));
            }
            for (Future<Pipeline> get : gets) {
                assertSame(shared.get(), get.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aShippedCopyBuildsItsOwnFromTheSource() throws Exception {
        SharedPipeline shared = new SharedPipeline(PipelineSource.of(SPEC));
        Pipeline here = shared.get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shared);
        }
        SharedPipeline there;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            there = (SharedPipeline) in.readObject();
        }
        assertNotSame(here, there.get());
        assertSame(there.get(), there.get());
        assertEquals(here.process("ＡＢＣ 你好").tokens().toString(), there.get().process("ＡＢＣ 你好").tokens().toString());
    }
}
