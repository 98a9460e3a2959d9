package org.zhpipe.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.EncodingDetector;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFiles;
import org.zhpipe.input.InputFormat;
import org.zhpipe.output.MatrixMarket;
import org.zhpipe.output.OutputException;
import org.zhpipe.output.OutputFile;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.output.TemporaryFiles;
import org.zhpipe.output.Utf8Writer;
import org.zhpipe.stage.FeatureStage;
import org.zhpipe.stage.Pipeline;

/**
 * Cleans a corpus in batch: reads every record of the inputs, runs the pipeline on it with several threads, and
 * writes one output line per record, in input order.
 *
 * <ul>
 *   <li><b>Reading.</b> {@link InputFiles#expand} turns folders into files; each file is gunzipped when needed, its
 *       encoding detected ({@link EncodingDetector}) unless given, and split into lines on the byte 0x0A, and each
 *       line is decoded strictly. No inputs means the given stdin, named {@code <stdin>} in messages.</li>
 *   <li><b>Records.</b> {@link InputFormat#LINES}: every line, empty ones too. {@link InputFormat#JSONL}: every line
 *       is an object whose string field {@code field} is the text; a blank line is a bad record (so counts still
 *       add up).</li>
 *   <li><b>Bad records</b> (undecodable bytes, invalid JSON, not an object, a missing or non-string field, an
 *       exception from the pipeline) are handled by {@link OnError}: {@code FAIL} throws
 *       {@link BadRecordException} at the first one in input order; {@code SKIP} and {@code KEEP} send
 *       {@code zhpipe: file:line: problem} to {@code report} and go on. {@code KEEP} writes the record
 *       unprocessed, undecodable bytes replaced by U+FFFD: for text output the record's text when it could be
 *       extracted, else the line; for JSONL output from line input {@code {"text": <the line>}}; for JSONL output
 *       from JSONL input the line as it was, even when it is not valid JSON.</li>
 *   <li><b>Bad files</b> (an input that cannot be opened, binary data, UTF-16, corrupt gzip data): {@code FAIL}
 *       throws its {@link InputException}; {@code SKIP} and {@code KEEP} send {@code zhpipe: problem; skipped the
 *       file} (or {@code ...; skipped the rest of the file after line N}) to {@code report}, count it in
 *       {@link BatchSummary#badFiles()} and go on with the next input; lines read before the problem are records
 *       as usual.</li>
 *   <li><b>Output formats.</b> {@link OutputFormat#AUTO} is JSONL when any input is JSONL. Text output replaces line
 *       breaks inside a record (possible in a JSONL string) by spaces, so that one record stays one line.</li>
 *   <li><b>Threads.</b> A reader thread makes batches, {@code workers} threads process them, and the calling thread
 *       writes them in order ({@link OrderedParallelRunner}), with at most {@code 2 × workers + 2} batches in
 *       flight: memory is bounded whatever the corpus size, and the output does not depend on the number of
 *       workers. {@code report} is called on the calling thread, in input order; {@code progress} on the reader
 *       thread.</li>
 *   <li><b>Writing.</b> UTF-8, {@code \n} after every record. To the given stdout stream, which is flushed but not
 *       closed (pass a stream that reports errors, such as a {@code FileOutputStream} on {@code FileDescriptor.out},
 *       rather than a {@code PrintStream}, which hides them); or to {@link BatchOptions#output()}, through a hidden
 *       temporary file in the same folder that is moved into place only when the run succeeds and deleted when it
 *       fails, so a failed or interrupted run never leaves a partial file under the output name. A name ending
 *       {@code .gz} is compressed.</li>
 * </ul>
 *
 * <p>Immutable; {@link #run} may be called any number of times.
 *
 * <pre>{@code
 * BatchSummary summary = new BatchRunner(pipeline, options).run(System.in, stdout, System.err::println);
 * System.err.println(summary.format());
 * }</pre>
 */
public final class BatchRunner {
    private final Pipeline pipeline;
    private final BatchOptions options;

    /**
     * @throws InputException when the JSONL field is {@code "tokens"} and the pipeline segments: the tokens array
     *                        would overwrite the text
     */
    public BatchRunner(Pipeline pipeline, BatchOptions options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
        if (pipeline.segments() && !pipeline.hasFeatures() && options.tokens() && options.field().equals("tokens")) {
            throw new InputException(options.settingNames().of(BatchSetting.FIELD) + " \"tokens\" clashes with "
                    + "the \"tokens\" array that the segmenter adds: rename the field in the input");
        }
        BatchOptions.requireUsable(options.outputFormat(), pipeline, true, options.onError(), options.signals(),
                options.settingNames());
        requireRejectable(pipeline, options);
        if (pipeline.needsFitting()) {
            throw new InputException(unfittedMessage(pipeline));
        }
    }

    /**
     * Refuses a rejects file where nothing can be rejected: a pipeline without document stages drops no record.
     *
     * @throws InputException naming the rejects setting
     */
    static void requireRejectable(Pipeline pipeline, BatchOptions options) {
        if (options.rejects() != null && pipeline.signalNames().isEmpty()) {
            throw new InputException(options.settingNames().of(BatchSetting.REJECTS) + " writes the records the "
                    + "pipeline's document stages drop, and it has none: add one, such as {\"type\": \"quality\"}");
        }
    }

    /** What to do about a pipeline that must be fitted before it runs. */
    static String unfittedMessage(Pipeline pipeline) {
        Pipeline.NamedStage stage = pipeline.stageToFit().orElseThrow();
        return "the " + stage.stage().kind().word() + " \"" + stage.name() + "\" learns from a corpus "
                + "first: fit it (BatchFitter, or Pipeline.fit) and run the fitted pipeline";
    }

    /** Runs without progress reports; see {@link #run(InputStream, OutputStream, Consumer, ProgressListener)}. */
    public BatchSummary run(InputStream stdin, OutputStream stdout, Consumer<String> report) throws IOException {
        return run(stdin, stdout, report, null);
    }

    /**
     * Runs the batch.
     *
     * @param stdin    read when there are no inputs; never closed
     * @param stdout   written when there is no output file; flushed, never closed
     * @param report   receives one line per bad record and per bad file under {@link OnError#SKIP} and
     *                 {@link OnError#KEEP}
     * @param progress may be {@code null}
     * @return the counts
     * @throws InputException       for a missing, unreadable or undecodable input, or an unusable output path
     * @throws BadRecordException   under {@link OnError#FAIL}, at the first bad record
     * @throws IOException          when writing fails
     * @throws InterruptedIOException when the calling thread is interrupted (its interrupt flag is set again)
     */
    public BatchSummary run(InputStream stdin, OutputStream stdout, Consumer<String> report,
                            @Nullable ProgressListener progress) throws IOException {
        return run(stdin, stdout, report, progress, null);
    }

    /**
     * Runs the batch as {@link #run(InputStream, OutputStream, Consumer, ProgressListener)} does, showing each record
     * the pipeline processed (kept or dropped) to {@code observer}, in input order.
     */
    public BatchSummary run(InputStream stdin, OutputStream stdout, Consumer<String> report,
                            @Nullable ProgressListener progress, @Nullable ResultObserver observer)
            throws IOException {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(report, "report");
        long start = System.nanoTime();
        OutputFile.requireDistinct(options.outputs());
        InputFiles.Expansion inputs = InputFiles.expand(options.inputs(),
                OutputFile.replacedFiles(options.outputs()));
        List<Path> files = inputs.files();
        OutputFormat outputFormat = options.outputFormat().resolve(anyJsonl(files) || pipeline.hasFeatures());
        OutputFile file = options.output() == null ? null : OutputFile.open(options.output());
        OutputFile rejectsFile = null;
        boolean matrixMarket = outputFormat == OutputFormat.MTX;
        Path body = null;
        TemporaryFiles.Registration bodyCleanup = TemporaryFiles.Registration.NONE;
        Utf8Writer rows = null;
        Writer rejects = null;
        try {
            if (options.rejects() != null) {
                rejectsFile = OutputFile.open(options.rejects());
                rejects = new Utf8Writer(rejectsFile.stream(), 1 << 16);
            }
            OutputStream stream = file == null ? new OutputException.Naming(stdout, "standard output") : file.stream();
            Utf8Writer out = new Utf8Writer(stream, 1 << 16);
            if (matrixMarket) {
                // the header needs the entries' count: they are staged beside the output file (or in the temporary
                // folder) and copied after it
                Path folder = file != null && file.isAtomic() ? file.target().getParent() : null;
                body = folder == null ? Files.createTempFile("zhpipe-", ".mtx.body")
                        : Files.createTempFile(folder, ".zhpipe-", ".mtx.body");
                bodyCleanup = TemporaryFiles.deleteOnSignal(body);
                rows = new Utf8Writer(Files.newOutputStream(body), 1 << 16);
            }
            BatchReader reader = new BatchReader(files, stdin, options, progress);
            BatchWriter writer = new BatchWriter(matrixMarket ? rows : out, options.onError(), report, matrixMarket,
                    rejects).observedBy(observer);
            RecordProcessor processor = new RecordProcessor(pipeline, outputFormat, options.onError(), options,
                    observer != null);
            int workers = options.workers();
            new OrderedParallelRunner(workers, 2 * workers + 2).run(reader, processor, writer);
            BatchSummary summary = writer.summary(reader.bytesRead(), System.nanoTime() - start, reader.encodings())
                    .withSkippedOutputs(inputs.skippedOutputs());
            if (matrixMarket) {
                rows.close();
                MatrixMarket.writeHeader(out, summary.recordsOut(), featureDimension(), writer.entries());
                out.flush();
                Files.copy(body, stream);
                Files.delete(body);
                bodyCleanup.close();
            }
            out.flush();
            if (rejects != null) {
                rejects.flush();
                rejectsFile.commit();
            }
            if (file != null) {
                file.commit();
            }
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted");
            interrupted.initCause(e);
            discard(rows, body, interrupted);
            bodyCleanup.close();
            abort(file, interrupted);
            abort(rejectsFile, interrupted);
            throw interrupted;
        } catch (IOException | RuntimeException | Error e) {
            discard(rows, body, e);
            bodyCleanup.close();
            abort(file, e);
            abort(rejectsFile, e);
            throw e;
        }
    }

    /** Closes and deletes the staged Matrix Market entries after a failure, which keeps any new error suppressed. */
    private static void discard(@Nullable Writer rows, @Nullable Path body, Throwable failure) {
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        try {
            if (body != null) {
                Files.deleteIfExists(body);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The number of dimensions of the pipeline's vectors. */
    private int featureDimension() {
        return ((FeatureStage) pipeline.featureStage().orElseThrow().stage()).dimension();
    }

    private static void abort(@Nullable OutputFile file, Throwable failure) {
        if (file != null) {
            file.abort(failure);
        }
    }

    /** Whether AUTO output means JSONL: some input is JSONL, or the output file is named like JSONL. */
    private boolean anyJsonl(List<Path> files) {
        Path output = options.output();
        if (output != null && output.getFileName() != null
                && InputFormat.AUTO.resolve(output.getFileName().toString()) == InputFormat.JSONL) {
            return true;
        }
        InputFormat format = options.inputFormat();
        if (files.isEmpty()) {
            return format.resolve(null) == InputFormat.JSONL;
        }
        for (Path path : files) {
            Path name = path.getFileName();
            if (format.resolve(name == null ? path.toString() : name.toString()) == InputFormat.JSONL) {
                return true;
            }
        }
        return false;
    }
}
