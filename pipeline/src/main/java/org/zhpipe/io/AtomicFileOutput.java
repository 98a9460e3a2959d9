package org.zhpipe.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Output to a file that appears under its name only when complete: bytes go to a hidden temporary file in the same
 * folder ({@code .name.tmp-<random>}), which {@link #commit} moves into place (atomically where the file system can,
 * else replacing) and {@link #abort} deletes. A name ending {@code .gz} is gzip-compressed. Not thread-safe.
 */
public final class AtomicFileOutput {
    private final Path target;
    private final Path temp;
    private final OutputStream fileStream;
    private final OutputStream stream;

    private AtomicFileOutput(Path target, Path temp, OutputStream fileStream, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.fileStream = fileStream;
        this.stream = stream;
    }

    /**
     * Creates the temporary file.
     *
     * @throws InputException when the target's folder does not exist or the target is a folder
     */
    public static AtomicFileOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InputException("output " + target + " is a folder: name a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException("output folder " + folder + " does not exist: create it first");
        }
        String name = absolute.getFileName().toString();
        Path temp = null;
        OutputStream fileStream = null;
        while (fileStream == null) {
            temp = folder.resolve("." + name + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try {
                // not Files.createTempFile: its owner-only permissions would stay on the output
                fileStream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
        try {
            OutputStream stream = name.toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPOutputStream(fileStream, 1 << 16)
                    : new BufferedOutputStream(fileStream, 1 << 16);
            return new AtomicFileOutput(absolute, temp, fileStream, stream);
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(fileStream, e);
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    /** Where to write; closing it is {@link #commit}'s job. */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes the file and moves it to its name. On failure the temporary file is deleted. */
    public void commit() throws IOException {
        try {
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            abort(e);
            throw e;
        }
    }

    /** Closes and deletes the temporary file; problems doing so are added to {@code failure}. */
    public void abort(Throwable failure) {
        closeAfterFailure(fileStream, failure); // not the gzip stream: it would write a trailer for nothing
        deleteAfterFailure(temp, failure);
    }

    private static void closeAfterFailure(OutputStream stream, Throwable failure) {
        try {
            stream.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteAfterFailure(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
