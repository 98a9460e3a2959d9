package org.zhpipe.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.InputFiles;
import org.zhpipe.output.OutputFile;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;

/**
 * Fits a pipeline on a corpus in one pass: reads the records as {@link BatchRunner} does (same inputs, formats,
 * encodings and bad-record policies), runs the stages before the estimator on each with several threads, counts
 * each batch into its own {@link FitAccumulator}, and merges the batches' counts in input order on the calling
 * thread. Memory is bounded by what the estimator learns (its vocabulary), never by the corpus; the result does not
 * depend on the number of workers. {@link OnError#KEEP} behaves as {@link OnError#SKIP}: a bad record is reported
 * and not counted.
 *
 * <p>Immutable; {@link #fit} may be called any number of times.
 */
public final class BatchFitter {
    private final Pipeline pipeline;
    private final BatchOptions options;

    /**
     * @throws IllegalStateException when the pipeline does not {@link Pipeline#needsFitting() need fitting}
     */
    public BatchFitter(Pipeline pipeline, BatchOptions options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
        if (!pipeline.needsFitting()) {
            throw new IllegalStateException("the pipeline has nothing to fit");
        }
    }

    /** The fitted pipeline and what was read. */
    public record Fitted(Pipeline pipeline, BatchSummary summary) {
    }

    /**
     * Fits.
     *
     * @param stdin    read when there are no inputs; never closed
     * @param report   receives one line per bad record under {@link OnError#SKIP} and {@link OnError#KEEP}
     * @param progress may be {@code null}
     * @throws BadRecordException under {@link OnError#FAIL}, at the first bad record
     * @throws org.zhpipe.stage.FitException when the corpus allows no model
     */
    public Fitted fit(InputStream stdin, Consumer<String> report, @Nullable ProgressListener progress)
            throws IOException {
        long start = System.nanoTime();
        OutputFile.requireDistinct(options.outputs());
        InputFiles.Expansion inputs = InputFiles.expand(options.inputs(),
                OutputFile.replacedFiles(options.outputs()));
        List<Path> files = inputs.files();
        BatchReader reader = new BatchReader(files, stdin, options, progress);
        OnError onError = options.onError() == OnError.KEEP ? OnError.SKIP : options.onError();
        // the processor renders nothing that is kept: text output is the cheapest
        RecordProcessor decoder = new RecordProcessor(pipeline, OutputFormat.TEXT, onError, options);
        FitAccumulator total = pipeline.newAccumulator();
        Counter counter = new Counter(onError, report, total);
        Function<List<RawRecord>, Part> work = batch -> {
            FitAccumulator part = pipeline.newAccumulator();
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            for (RawRecord record : batch) {
                outcomes.add(decoder.accumulate(record, part));
            }
            return new Part(part, outcomes);
        };
        int workers = options.workers();
        try {
            new OrderedParallelRunner(workers, 2 * workers + 2).run(reader, work, counter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
        Pipeline fitted = pipeline.fit(total);
        return new Fitted(fitted, counter.summary(reader, System.nanoTime() - start)
                .withSkippedOutputs(inputs.skippedOutputs()));
    }

    /** The counts of one batch and what became of its records. */
    private record Part(FitAccumulator counts, List<Outcome> outcomes) {
    }

    /** Merges the parts in order, reports bad records; on the calling thread. */
    private static final class Counter implements OrderedParallelRunner.Sink<Part> {
        private final OnError onError;
        private final Consumer<String> report;
        private final FitAccumulator total;
        private long recordsIn;
        private long recordsOut;
        private long skipped;
        private long charsIn;
        private long badFiles;
        private long dropped;
        private final java.util.TreeMap<String, Long> dropReasons = new java.util.TreeMap<>();

        Counter(OnError onError, Consumer<String> report, FitAccumulator total) {
            this.onError = onError;
            this.report = report;
            this.total = total;
        }

        @Override
        public void accept(Part part) {
            for (Outcome outcome : part.outcomes()) {
                if (outcome.badFile()) {
                    report.accept("zhpipe: " + outcome.problem());
                    badFiles++;
                    continue;
                }
                recordsIn++;
                if (outcome.isDropped()) {
                    dropped++;
                    charsIn += outcome.charsIn();
                    outcome.drops().forEach(d -> dropReasons.merge(d.key(), 1L, Long::sum));
                } else if (outcome.isBad()) {
                    String message = outcome.location() + ": " + outcome.problem();
                    if (onError == OnError.FAIL) {
                        throw new BadRecordException(message);
                    }
                    report.accept("zhpipe: " + message);
                    skipped++;
                } else {
                    recordsOut++;
                    charsIn += outcome.charsIn();
                }
            }
            total.merge(part.counts());
        }

        BatchSummary summary(BatchReader reader, long nanos) {
            return new BatchSummary(recordsIn, recordsOut, skipped, 0, charsIn, 0, reader.bytesRead(), nanos,
                    reader.encodings(), badFiles, List.of(), dropped, dropReasons);
        }
    }
}
