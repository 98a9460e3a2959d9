package org.zhpipe.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.CharacterFrequencies;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.input.EncodingDetector;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.input.OpenInput;
import org.zhpipe.input.RecordOrigin;

/**
 * Reads the inputs one after another and hands out their lines in batches of at most {@code batchRecords} lines,
 * closing a batch early once its lines reach {@code batchBytes}; a batch may span inputs. Reports progress at most
 * every 100 ms and once at the end. Runs on one thread (the runner's reader); the encodings it chose may be read
 * by another thread once reading has ended.
 *
 * <p>An input that cannot be read (it cannot be opened, is binary data or UTF-16, its gzip data is corrupt) throws
 * its {@link InputException} under {@link OnError#FAIL}; under {@link OnError#SKIP} and {@link OnError#KEEP} it
 * becomes a {@link RawRecord#badFile} marker in the batch, after any lines read from it, and reading goes on with
 * the next input.
 *
 * <p>Encodings are detected with an {@link EncodingDetector} this reader owns: it loads the bundled
 * {@link CharacterFrequencies} once, when the first input needs detection (never when an encoding is given).
 */
final class BatchReader implements OrderedParallelRunner.Source<List<RawRecord>> {
    private static final long PROGRESS_NANOS = 100_000_000L;

    private final List<Path> files;
    private final InputStream stdin;
    private final InputFormat format;
    private final Optional<Charset> charset;
    private final OnError onError;
    private final int batchRecords;
    private final int batchBytes;
    private final long maxRecordBytes;
    private final @Nullable ProgressListener progress;
    private final AtomicLong bytesRead = new AtomicLong();
    private final long totalBytes;
    private final List<DetectedEncoding> encodings = Collections.synchronizedList(new ArrayList<>());

    private int nextFile;
    private boolean stdinOpened;
    /** The input being read; null between inputs. */
    private @Nullable OpenInput current;
    private @Nullable EncodingDetector detector;
    private long lastProgress = System.nanoTime();

    /**
     * @param files    the files to read in order; empty to read {@code stdin}
     * @param progress may be {@code null}
     */
    BatchReader(List<Path> files, InputStream stdin, BatchOptions options, @Nullable ProgressListener progress) {
        this.files = List.copyOf(files);
        this.stdin = stdin;
        this.format = options.inputFormat();
        this.charset = options.encoding();
        this.onError = options.onError();
        this.batchRecords = options.batchRecords();
        this.batchBytes = options.batchBytes();
        this.maxRecordBytes = options.maxRecordBytes();
        this.progress = progress;
        this.totalBytes = totalSize(this.files);
    }

    @Override
    public @Nullable List<RawRecord> next() throws IOException {
        List<RawRecord> batch = new ArrayList<>(Math.min(batchRecords, 1024));
        long bytes = 0;
        while (batch.size() < batchRecords && bytes < batchBytes) {
            if (current == null) {
                if (!hasNext()) {
                    break;
                }
                RawRecord bad = openNext();
                if (bad != null) {
                    batch.add(bad);
                    continue;
                }
            }
            byte[] line;
            try {
                line = current.readLine();
            } catch (InputException e) {
                if (onError == OnError.FAIL) {
                    throw e;
                }
                long linesRead = current.lineNumber();
                batch.add(RawRecord.badFile(current.origin(), linesRead, e.getMessage() + "; skipped "
                        + (linesRead == 0 ? "the file" : "the rest of the file after line " + linesRead)));
                closeCurrent();
                continue;
            }
            if (line == null) {
                closeCurrent();
                continue;
            }
            batch.add(new RawRecord(current.origin(), current.lineNumber(), line, current.tooLongSize()));
            bytes += line.length + 1;
        }
        boolean end = batch.isEmpty();
        long now = System.nanoTime();
        if (progress != null && (end || now - lastProgress >= PROGRESS_NANOS)) {
            lastProgress = now;
            progress.onProgress(bytesRead.get(), totalBytes);
        }
        return end ? null : batch;
    }

    private boolean hasNext() {
        return files.isEmpty() ? !stdinOpened : nextFile < files.size();
    }

    /** Opens the next input; {@code null}, or under skip and keep a bad file marker when it cannot be read. */
    private @Nullable RawRecord openNext() {
        try {
            if (files.isEmpty()) {
                stdinOpened = true;
                current = OpenInput.stdin(stdin, format, charset, detector(), maxRecordBytes, bytesRead);
            } else {
                current = OpenInput.open(files.get(nextFile++), format, charset, detector(), maxRecordBytes, bytesRead);
            }
        } catch (InputException e) {
            if (onError == OnError.FAIL) {
                throw e;
            }
            String path = files.isEmpty() ? OpenInput.STDIN : files.get(nextFile - 1).toString();
            RecordOrigin origin = new RecordOrigin(path, InputFormat.LINES, StandardCharsets.UTF_8);
            return RawRecord.badFile(origin, 0, e.getMessage() + "; skipped the file");
        }
        encodings.add(current.encoding());
        if (progress != null) {
            progress.onInputOpened(current.encoding());
        }
        return null;
    }

    /** The detector, made on first use; {@code null} when the encoding is given. */
    private @Nullable EncodingDetector detector() {
        if (detector == null && charset.isEmpty()) {
            detector = new EncodingDetector(CharacterFrequencies.bundled());
        }
        return detector;
    }

    private void closeCurrent() throws IOException {
        OpenInput closing = current;
        current = null;
        closing.close();
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Raw bytes read so far. */
    long bytesRead() {
        return bytesRead.get();
    }

    /** The encoding of each input opened so far, in reading order. */
    List<DetectedEncoding> encodings() {
        synchronized (encodings) {
            return List.copyOf(encodings);
        }
    }

    /** The sum of the file sizes, or -1 for stdin or when a size is unknown (a pipe). */
    private static long totalSize(List<Path> files) {
        if (files.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (Path file : files) {
            try {
                if (!Files.isRegularFile(file)) {
                    return -1;
                }
                total += Files.size(file);
            } catch (IOException e) {
                return -1; // only the progress bar loses its total; opening the file will report the problem
            }
        }
        return total;
    }
}
