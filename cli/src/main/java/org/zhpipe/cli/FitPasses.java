package org.zhpipe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import org.zhpipe.batch.BatchFitter;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.segment.DiscoveringSegmenter;
import org.zhpipe.stage.Pipeline;

/**
 * Fits every stage of a pipeline that learns, one pass over the corpus each, in pipeline order; after discovering
 * words, one more pass finds an example of each (when the corpus is in files, which can be read again).
 */
final class FitPasses {
    private FitPasses() {
    }

    /** The fitted pipeline, the last pass's summary, and how many passes were made. */
    record Done(Pipeline pipeline, BatchFitter.Fitted last, int passes) {
    }

    static Done fit(Pipeline pipeline, BatchOptions options, InputStream stdin, PrintWriter err, boolean progressBar,
                    boolean rereadable) throws IOException {
        BatchFitter.Fitted fitted = null;
        int passes = 0;
        boolean examples = !rereadable;
        while (pipeline.needsFitting()) {
            Progress progress = progressBar ? Progress.start() : null;
            try {
                boolean first = passes == 0;
                fitted = new BatchFitter(pipeline, options).fit(stdin, line -> {
                    if (first) {
                        // bad records are reported by the first pass only: later passes read the same records
                        err.println(line);
                        err.flush();
                    }
                }, progress);
            } finally {
                if (progress != null) {
                    progress.close();
                }
            }
            passes++;
            pipeline = fitted.pipeline();
            if (!examples) {
                for (int i = 0; i < pipeline.stages().size(); i++) {
                    if (pipeline.stages().get(i).stage() instanceof DiscoveringSegmenter.FittedSegmenter segmenter) {
                        pipeline = pipeline.replace(i, segmenter.examples());
                        examples = true;
                    }
                }
            }
        }
        if (fitted == null) {
            throw new IllegalStateException("nothing to fit");
        }
        return new Done(pipeline, fitted, passes);
    }
}
