package org.zhpipe.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the inputs one after another and hands out their lines in batches of at most {@code batchRecords} lines,
 * closing a batch early once its lines reach {@code batchBytes}; a batch may span inputs. Reports progress at most
 * every 100 ms and once at the end. Runs on one thread (the runner's reader); the encodings it chose may be read
 * by another thread once reading has ended.
 */
final class BatchReader implements OrderedParallelRunner.Source<List<RawRecord>> {
    private static final long PROGRESS_NANOS = 100_000_000L;

    private final List<Path> files;
    private final InputStream stdin;
    private final InputFormat format;
    private final Optional<Charset> charset;
    private final int batchRecords;
    private final int batchBytes;
    private final long maxRecordBytes;
    private final ProgressListener progress;
    private final AtomicLong bytesRead = new AtomicLong();
    private final long totalBytes;
    private final List<DetectedEncoding> encodings = Collections.synchronizedList(new ArrayList<>());

    private int nextFile;
    private boolean stdinOpened;
    private OpenInput current;
    private long lastProgress = System.nanoTime();

    /**
     * @param files    the files to read in order; empty to read {@code stdin}
     * @param progress may be {@code null}
     */
    BatchReader(List<Path> files, InputStream stdin, BatchOptions options, ProgressListener progress) {
        this.files = List.copyOf(files);
        this.stdin = stdin;
        this.format = options.inputFormat();
        this.charset = options.encoding();
        this.batchRecords = options.batchRecords();
        this.batchBytes = options.batchBytes();
        this.maxRecordBytes = options.maxRecordBytes();
        this.progress = progress;
        this.totalBytes = totalSize(this.files);
    }

    @Override
    public List<RawRecord> next() throws IOException {
        List<RawRecord> batch = new ArrayList<>(Math.min(batchRecords, 1024));
        long bytes = 0;
        while (batch.size() < batchRecords && bytes < batchBytes) {
            if (current == null && !openNext()) {
                break;
            }
            byte[] line = current.readLine();
            if (line == null) {
                current.close();
                current = null;
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

    private boolean openNext() {
        if (files.isEmpty()) {
            if (stdinOpened) {
                return false;
            }
            stdinOpened = true;
            current = OpenInput.stdin(stdin, format, charset, maxRecordBytes, bytesRead);
        } else {
            if (nextFile == files.size()) {
                return false;
            }
            current = OpenInput.open(files.get(nextFile++), format, charset, maxRecordBytes, bytesRead);
        }
        encodings.add(current.encoding());
        if (progress != null) {
            progress.onInputOpened(current.encoding());
        }
        return true;
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
