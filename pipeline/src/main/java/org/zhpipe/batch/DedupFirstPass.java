package org.zhpipe.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * The first pass of a deduplication, whatever is compared: the pipeline runs on each record on the workers, and what
 * the comparison keeps of a good record ({@code T}: a sketch, a document's lines) is made there too; on the calling
 * thread, in input order, bad records are reported (or end the run under {@link OnError#FAIL}), drops are counted by
 * rule and, when there is a rejects writer, written to it ({@link BatchOptions#rejects()}'s lines, as
 * {@link BatchRunner} writes them), and each good record's item goes to the {@code Indexer}, which numbers them
 * 0, 1, … .
 *
 * <p>{@link #good} remembers which records (numbered from 0 in input order, bad and dropped ones too) were indexed, so
 * the second pass, reading the same files, knows which to look up. One run per instance.
 *
 * @param <T> what is kept of a good record
 */
final class DedupFirstPass<T> implements OrderedParallelRunner.Sink<List<DedupFirstPass.Processed<T>>> {
    /** Takes the good records' items in input order. */
    @FunctionalInterface
    interface Indexer<T> {
        void add(T item) throws IOException;
    }

    /** One record of the first pass: its outcome and, for a good record, its item. */
    record Processed<T>(Outcome outcome, @Nullable T item) {
    }

    private final Indexer<T> indexer;
    private final OnError onError;
    private final Consumer<String> report;
    private final @Nullable Writer rejects;
    final BitSet good = new BitSet();
    long recordsIn;
    long dropped;
    long bad;
    long badFiles;
    long bytesRead;
    final TreeMap<String, Long> dropReasons = new TreeMap<>();

    private DedupFirstPass(Indexer<T> indexer, OnError onError, Consumer<String> report, @Nullable Writer rejects) {
        this.indexer = indexer;
        this.onError = onError;
        this.report = report;
        this.rejects = rejects;
    }

    /**
     * Runs the first pass over {@code files}.
     *
     * @param item    what to keep of a good record's result; runs on the workers, so it must be thread-safe
     * @param rejects where the dropped records' reject lines go (the options must name a rejects file, so that the
     *                lines are made), or {@code null}; written, never flushed or closed
     */
    static <T> DedupFirstPass<T> run(Pipeline pipeline, BatchOptions options, List<Path> files,
                                     @Nullable ProgressListener progress, Function<Result, T> item,
                                     Indexer<T> indexer, Consumer<String> report, @Nullable Writer rejects)
            throws IOException {
        if (rejects != null && options.rejects() == null) {
            throw new IllegalArgumentException("a rejects writer needs options that name a rejects file");
        }
        DedupFirstPass<T> pass = new DedupFirstPass<>(indexer, options.onError(), report, rejects);
        BatchReader reader = new BatchReader(files, InputStream.nullInputStream(), options, progress);
        OnError onError = options.onError() == OnError.KEEP ? OnError.SKIP : options.onError();
        RecordProcessor processor = new RecordProcessor(pipeline, OutputFormat.TEXT, onError, options, true);
        Function<List<RawRecord>, List<Processed<T>>> work = batch -> {
            List<Processed<T>> out = new ArrayList<>(batch.size());
            for (RawRecord record : batch) {
                Outcome outcome = processor.process(record);
                Outcome.Seen seen = outcome.seen();
                boolean good = !outcome.badFile() && !outcome.isBad() && !outcome.isDropped() && seen != null;
                out.add(new Processed<>(outcome, good ? item.apply(seen.result()) : null));
            }
            return out;
        };
        int workers = options.workers();
        try {
            new OrderedParallelRunner(workers, 2 * workers + 2).run(reader, work, pass);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
        pass.bytesRead = reader.bytesRead();
        return pass;
    }

    /** Takes the good records of the second reading. */
    @FunctionalInterface
    interface GoodRecordHandler {
        void handle(RawRecord record) throws IOException;
    }

    /**
     * Reads the files again (no progress, no workers) and hands each record that was indexed to {@code handler}, in
     * input order.
     */
    void forEachGood(List<Path> files, BatchOptions options, GoodRecordHandler handler) throws IOException {
        BatchReader reader = new BatchReader(files, InputStream.nullInputStream(), options, null);
        try {
            long ordinal = 0;
            for (List<RawRecord> batch = reader.next(); batch != null; batch = reader.next()) {
                for (RawRecord record : batch) {
                    if (record.isBadFile()) {
                        continue;
                    }
                    long at = ordinal++;
                    if (at <= Integer.MAX_VALUE && good.get((int) at)) {
                        handler.handle(record);
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    @Override
    public void accept(List<Processed<T>> part) throws IOException {
        for (Processed<T> p : part) {
            Outcome outcome = p.outcome();
            if (outcome.badFile()) {
                report.accept("zhpipe: " + outcome.problem());
                badFiles++;
                continue;
            }
            long ordinal = recordsIn++;
            if (outcome.isBad()) {
                String message = outcome.location() + ": " + outcome.problem();
                if (onError == OnError.FAIL) {
                    throw new BadRecordException(message);
                }
                report.accept("zhpipe: " + message);
                bad++;
            } else if (outcome.isDropped()) {
                dropped++;
                outcome.drops().forEach(d -> dropReasons.merge(d.key(), 1L, Long::sum));
                if (rejects != null) {
                    rejects.write(Objects.requireNonNull(outcome.reject(), "options name a rejects file"));
                    rejects.write('\n');
                }
            } else {
                if (ordinal > Integer.MAX_VALUE) {
                    throw new IllegalStateException("more than 2^31 records: split the corpus");
                }
                good.set((int) ordinal);
                indexer.add(Objects.requireNonNull(p.item()));
            }
        }
    }
}
