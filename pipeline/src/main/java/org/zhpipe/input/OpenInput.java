package org.zhpipe.input;

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
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * One input opened for reading lines: raw bytes counted, gunzipped when the name ends {@code .gz} or the data
 * starts with the gzip magic bytes, its encoding chosen ({@link EncodingDetector} on a sample: the first 64 KiB, read
 * on up to 1 MiB while it holds fewer than 4,096 non-ASCII bytes; or the given charset) and a byte-order mark
 * skipped. Lines are split on the byte 0x0A ({@link LineReader}) and returned undecoded. Read errors become
 * {@link InputException}s naming the input. Not thread-safe.
 */
public final class OpenInput implements Closeable {
    /** The name of standard input in messages. */
    public static final String STDIN = "<stdin>";

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
     * @param format         how its records are split; {@link InputFormat#AUTO} is resolved by the file's name
     * @param charset        the encoding, or empty to detect it
     * @param detector       detects the encoding when {@code charset} is empty; may be {@code null} otherwise
     * @param maxRecordBytes the longest line kept; a longer one is read past (see {@link #tooLongSize()})
     * @param counter        receives the count of raw bytes read
     * @throws InputException when the file cannot be opened or read, or its encoding is refused
     */
    public static OpenInput open(Path path, InputFormat format, Optional<Charset> charset,
                                 @Nullable EncodingDetector detector, long maxRecordBytes, AtomicLong counter) {
        String name = path.toString();
        InputStream raw;
        try {
            raw = Files.newInputStream(path);
        } catch (IOException e) {
            throw new InputException("cannot open " + name + ": " + e.getMessage() + ": check the path and its "
                    + "permissions", e);
        }
        Path fileName = path.getFileName();
        return open(name, fileName == null ? name : fileName.toString(), raw, format, charset, detector,
                maxRecordBytes, counter);
    }

    /** Opens stdin, named {@link #STDIN}, as {@link #open} opens a file; closing the result does not close it. */
    public static OpenInput stdin(InputStream stdin, InputFormat format, Optional<Charset> charset,
                                  @Nullable EncodingDetector detector, long maxRecordBytes, AtomicLong counter) {
        InputStream notClosed = new FilterInputStream(stdin) {
            @Override
            public void close() {
                // stdin belongs to the caller
            }
        };
        return open(STDIN, null, notClosed, format, charset, detector, maxRecordBytes, counter);
    }

    private static OpenInput open(String name, @Nullable String fileName, InputStream raw, InputFormat format,
                                  Optional<Charset> charset, @Nullable EncodingDetector detector, long maxRecordBytes,
                                  AtomicLong counter) {
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(new CountingInputStream(raw, counter), 1 << 16);
            gzip = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) || hasGzipMagic(buffered);
            InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            Sample sample = charset.isPresent() ? new Sample(in.readNBytes(3), false) : Sample.read(in);
            byte[] bytes = sample.bytes();
            DetectedEncoding encoding = charset
                    .map(c -> given(name, c, bytes))
                    .orElseGet(() -> detector.detect(name, bytes, bytes.length, sample.complete()));
            int skip = encoding.bomLength();
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(bytes, skip, bytes.length - skip), in);
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

    /**
     * The first bytes of an input, for detection: at least {@link EncodingDetector#SAMPLE_SIZE}, and more, up to
     * {@link EncodingDetector#MAX_SAMPLE_SIZE}, while fewer than {@link EncodingDetector#ENOUGH_NON_ASCII} of them are
     * non-ASCII (a corpus that starts with English or numbers still gets Chinese to judge by).
     *
     * @param complete whether the bytes are the whole input
     */
    record Sample(byte[] bytes, boolean complete) {
        static Sample read(InputStream in) throws IOException {
            byte[] buffer = new byte[EncodingDetector.SAMPLE_SIZE];
            int n = 0;
            int nonAscii = 0;
            while (true) {
                int read = in.read(buffer, n, buffer.length - n);
                if (read < 0) {
                    return new Sample(Arrays.copyOf(buffer, n), true);
                }
                for (int i = n; i < n + read; i++) {
                    if (buffer[i] < 0) {
                        nonAscii++;
                    }
                }
                n += read;
                if (n == buffer.length) {
                    if (nonAscii >= EncodingDetector.ENOUGH_NON_ASCII || n >= EncodingDetector.MAX_SAMPLE_SIZE) {
                        return new Sample(buffer, false);
                    }
                    buffer = Arrays.copyOf(buffer, Math.min(2 * n, EncodingDetector.MAX_SAMPLE_SIZE));
                }
            }
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

    /** The input's name, format and charset, for its records. */
    public RecordOrigin origin() {
        return origin;
    }

    /** The encoding chosen, and why. */
    public DetectedEncoding encoding() {
        return encoding;
    }

    /**
     * The next line without its line ending, undecoded, or {@code null} at the end.
     *
     * @throws InputException when reading fails (a read error, corrupt gzip data)
     */
    public byte @Nullable [] readLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw readError(origin.name(), gzip, e);
        }
    }

    /** The size of the line last read when it was longer than the record limit (and returned empty), else -1. */
    public long tooLongSize() {
        return lines.lastLineTooLong() ? lines.lastLength() : -1;
    }

    /** The number of the line last read, from 1. */
    public long lineNumber() {
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
