package org.zhpipe.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the files a spec names (the spec itself, word lists, stopword lists, IDF tables, vocabularies, OpenCC
 * configurations and dictionaries) with bounds, so that a wrong path such as {@code /dev/zero} or a huge file is a
 * clear error within moments rather than an endless read and an {@link OutOfMemoryError}: a folder or a device is
 * refused at once, and reading stops past a size limit ({@link #DATA_FILE_LIMIT} for data files,
 * {@link #SPEC_LIMIT} for specs). A FIFO (a process substitution, {@code /dev/stdin}) is read up to the limit.
 * The exceptions' messages say what is wrong and what to do, without the path, which callers put first.
 * Stateless and thread-safe.
 */
public final class DataFiles {
    /** The largest data file read: 1 GiB. */
    public static final long DATA_FILE_LIMIT = 1L << 30;
    /** The largest spec read: 16 MiB. */
    public static final long SPEC_LIMIT = 16L << 20;

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;

    private DataFiles() {
    }

    /** All bytes of a data file, at most {@link #DATA_FILE_LIMIT}. */
    public static byte[] read(Path file) throws IOException {
        return read(file, DATA_FILE_LIMIT);
    }

    /**
     * All bytes of {@code file}, at most {@code limit}.
     *
     * @throws java.nio.file.NoSuchFileException when it does not exist (callers say so in their own words)
     * @throws IOException                        for a folder, a device, a file over the limit or a read error
     */
    public static byte[] read(Path file, long limit) throws IOException {
        requireReadableFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limit);
        }
    }

    /**
     * Opens {@code file} for reading after the same checks as {@link #read(Path, long)}; wrap the stream in
     * {@link #bounded} to keep the size limit.
     */
    public static InputStream open(Path file) throws IOException {
        requireReadableFile(file);
        return Files.newInputStream(file);
    }

    /** All bytes of {@code in}, at most {@code limit}; {@code in} is not closed. */
    public static byte[] read(InputStream in, long limit) throws IOException {
        byte[] bytes = new byte[(int) Math.min(Math.max(in.available(), 8192), limit + 1)];
        int n = 0;
        while (true) {
            int r = in.read(bytes, n, bytes.length - n);
            if (r < 0) {
                return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
            }
            n += r;
            if (n > limit) {
                throw tooLarge(limit);
            }
            if (n == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(bytes.length * 2L, limit + 1));
            }
        }
    }

    /** {@code in}, failing once more than {@code limit} bytes have been read from it. */
    public static InputStream bounded(InputStream in, long limit) {
        return new InputStream() {
            private long count;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > limit) {
                    throw tooLarge(limit);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0 && (count += n) > limit) {
                    throw tooLarge(limit);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static void requireReadableFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder, not a file: give the path of the file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file) && isDevice(file)) {
            throw new IOException("it is a device, not a file: give the path of the file");
        }
    }

    private static boolean isDevice(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
            return type == S_IFCHR || type == S_IFBLK;
        } catch (IOException | RuntimeException e) {
            return false; // no unix view here: the size limit still applies
        }
    }

    private static IOException tooLarge(long limit) {
        return new IOException("it is larger than " + size(limit) + ", the limit for such a file: check that it is "
                + "the right file");
    }

    private static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }
}
