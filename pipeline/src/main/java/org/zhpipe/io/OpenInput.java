package org.zhpipe.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input opened for reading lines: raw bytes counted, gunzipped when the name ends {@code .gz} or the data
 * starts with the gzip magic bytes, its encoding chosen ({@link EncodingDetector} on the first 64 KiB, or the given
 * charset) and a byte-order mark skipped. Read errors become {@link InputException}s naming the input. Not
 * thread-safe.
 */
final class OpenInput implements Closeable {
    static final String STDIN = "<stdin>";

    private final RecordOrigin origin;
    private final DetectedEncoding encoding;
    private final LineReader lines;
    private final boolean gzip;

    private OpenInput(RecordOrigin origin, DetectedEncoding encoding, LineReader lines, boolean gzip) {
        this.origin = origin;
        this.encoding = encoding;
        this.lines = lines;
        this.gzip = gzip;
    }

    /**
     * Opens a file.
     *
     * @param counter receives the count of raw bytes read
     */
    static OpenInput open(Path path, InputFormat format, Optional<Charset> charset, long maxRecordBytes,
                          AtomicLong counter) {
        String name = path.toString();
        InputStream raw;
        try {
            raw = Files.newInputStream(path);
        } catch (IOException e) {
            throw new InputException("cannot open " + name + ": " + e.getMessage() + ": check the path and its "
                    + "permissions", e);
        }
        Path fileName = path.getFileName();
        return open(name, fileName == null ? name : fileName.toString(), raw, format, charset, maxRecordBytes, counter);
    }

    /** Opens stdin; closing the result does not close {@code stdin}. */
    static OpenInput stdin(InputStream stdin, InputFormat format, Optional<Charset> charset, long maxRecordBytes,
                           AtomicLong counter) {
        InputStream notClosed = new FilterInputStream(stdin) {
            @Override
            public void close() {
                // stdin belongs to the caller
            }
        };
        return open(STDIN, null, notClosed, format, charset, maxRecordBytes, counter);
    }

    private static OpenInput open(String name, String fileName, InputStream raw, InputFormat format,
                                  Optional<Charset> charset, long maxRecordBytes, AtomicLong counter) {
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(new CountingInputStream(raw, counter), 1 << 16);
            gzip = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) || hasGzipMagic(buffered);
            InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            byte[] sample = in.readNBytes(EncodingDetector.SAMPLE_SIZE);
            boolean complete = sample.length < EncodingDetector.SAMPLE_SIZE;
            DetectedEncoding encoding = charset
                    .map(c -> given(name, c, sample))
                    .orElseGet(() -> EncodingDetector.detect(name, sample, sample.length, complete));
            int skip = encoding.bomLength();
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(sample, skip, sample.length - skip), in);
            RecordOrigin origin = new RecordOrigin(name, format.resolve(fileName), encoding.charset());
            return new OpenInput(origin, encoding, new LineReader(rest, 1 << 16, maxRecordBytes), gzip);
        } catch (IOException e) {
            closeAfterFailure(raw, e);
            throw readError(name, gzip, e);
        } catch (RuntimeException e) {
            closeAfterFailure(raw, e);
            throw e;
        }
    }

    /** A given charset; a UTF-8 byte-order mark is still skipped when the charset is UTF-8. */
    private static DetectedEncoding given(String name, Charset charset, byte[] sample) {
        boolean bom = charset.equals(StandardCharsets.UTF_8) && sample.length >= 3
                && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF;
        return new DetectedEncoding(name, charset, "given", bom ? 3 : 0);
    }

    private static boolean hasGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1F && b2 == 0x8B;
    }

    private static void closeAfterFailure(InputStream raw, Exception failure) {
        try {
            raw.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** An {@link InputException} for a read error, with a hint for broken gzip data. */
    private static InputException readError(String name, boolean gzip, IOException e) {
        if (gzip && (e instanceof ZipException || e instanceof EOFException)) {
            String what = e.getMessage() == null ? "it ends before the gzip data does" : e.getMessage();
            return new InputException(name + ": corrupt or truncated gzip data (" + what
                    + "): check the file with gzip -t", e);
        }
        return new InputException("cannot read " + name + ": " + e.getMessage(), e);
    }

    RecordOrigin origin() {
        return origin;
    }

    DetectedEncoding encoding() {
        return encoding;
    }

    /** The next line, or {@code null} at the end. */
    byte[] readLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw readError(origin.name(), gzip, e);
        }
    }

    /** The size of the line last read when it was longer than the record limit (and returned empty), else -1. */
    long tooLongSize() {
        return lines.lastLineTooLong() ? lines.lastLength() : -1;
    }

    /** The number of the line last read, from 1. */
    long lineNumber() {
        return lines.lineNumber();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Adds every byte read to a shared counter, for progress and the summary. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingInputStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counter.addAndGet(skipped);
            return skipped;
        }
    }
}
