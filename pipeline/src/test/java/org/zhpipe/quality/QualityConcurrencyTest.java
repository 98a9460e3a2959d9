package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/** One quality stage measured from several threads at once (its work arrays are pooled) gives each thread's answer. */
class QualityConcurrencyTest {
    @Test
    void threadsSharingOneStageGetTheSameSignalsAsOneThread() throws Exception {
        Pipeline pipeline = Spec.parseInline("quality:signals=all").build();
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // documents of different lengths and repetitiveness, so that borrowed arrays of another size get reused
            docs.add(("第" + i + "段，今天天气很好。\n").repeat(1 + i % 7) + "Ｈｅｌｌｏ 世界 " + "甲乙".repeat(i) + "\n\n结束。");
        }
        List<double[]> expected = new ArrayList<>();
        for (String doc : docs) {
            expected.add(signals(pipeline.process(doc)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<double[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<double[]> got = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        for (int k = 0; k < docs.size(); k++) {
                            double[] s = signals(pipeline.process(docs.get((k + offset * 7) % docs.size())));
                            if (round == 49) {
                                got.add(s);
                            }
                        }
                    }
                    return got;
                }));
            }
            for (int t = 0; t < 4; t++) {
                List<double[]> got = futures.get(t).get();
                for (int k = 0; k < docs.size(); k++) {
                    assertArrayEquals(expected.get((k + t * 7) % docs.size()), got.get(k), "thread " + t + ", doc " + k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] signals(Result result) {
        double[] out = new double[result.signals().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = result.signals().value(i);
        }
        return out;
    }
}
