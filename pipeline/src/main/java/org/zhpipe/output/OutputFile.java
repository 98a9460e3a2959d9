package org.zhpipe.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.InputException;

/**
 * An output file named by the user, written so that nothing is clobbered by surprise:
 * <ul>
 *   <li>A <b>regular file or a path that does not exist yet</b> is written to a hidden temporary file in the same
 *       folder ({@code .name.tmp-<random>}), which {@link #commit} moves into place (atomically where the file system
 *       can) and {@link #abort} deletes; an existing file keeps its permission bits. The temporary file is deleted
 *       when the JVM is stopped by SIGINT or SIGTERM ({@link TemporaryFiles}), and temporary files of the same
 *       naming pattern left by a killed run are removed when they are older than this process.</li>
 *   <li>A <b>symbolic link</b> is followed: its final target is replaced as above, and the link is kept.</li>
 *   <li>A <b>device, FIFO or socket</b>, and any path under {@code /dev} or {@code /proc} (such as
 *       {@code /dev/stdout}), is written through directly, streaming, appending to what is there — never renamed
 *       over or truncated.</li>
 * </ul>
 * A name ending {@code .gz} is gzip-compressed. Errors while writing are reported as {@link OutputException}s that
 * name the output. Not thread-safe.
 */
public final class OutputFile {
    private final Path named;
    private final Path target;
    /** The temporary file renamed to the target on commit; null when written through. */
    private final @Nullable Path temp;
    private final TemporaryFiles.Registration cleanup;
    private final OutputStream fileStream;
    private final OutputStream stream;

    private OutputFile(Path named, Path target, @Nullable Path temp, TemporaryFiles.Registration cleanup,
                       OutputStream fileStream, OutputStream stream) {
        this.named = named;
        this.target = target;
        this.temp = temp;
        this.cleanup = cleanup;
        this.fileStream = fileStream;
        this.stream = stream;
    }

    /**
     * Opens {@code path} for writing, replacing a regular file atomically or writing a device directly.
     *
     * @throws InputException when the path is a folder, its folder does not exist or cannot be written
     */
    public static OutputFile open(Path path) throws IOException {
        Path target = resolveLinks(path);
        if (isWrittenThrough(path, target)) {
            return direct(path);
        }
        return replacing(path, target);
    }

    /**
     * Opens {@code path} as a regular file to be replaced atomically, refusing a device, FIFO or {@code /dev} path:
     * for files that other files refer to by name, such as a fitted spec and its vocabulary.
     *
     * @param what what the file is, for the message, e.g. {@code "the fitted spec"}
     */
    public static OutputFile openRegular(Path path, String what) throws IOException {
        Path target = resolveLinks(path);
        if (isWrittenThrough(path, target)) {
            throw new InputException("cannot write " + what + " to " + path + ": it is not a regular file; name a "
                    + "file in a folder, e.g. fitted.json");
        }
        return replacing(path, target);
    }

    /** Whether {@code path} is a device, FIFO, socket or a {@code /dev} or {@code /proc} path. */
    public static boolean isWrittenThrough(Path path) {
        return isWrittenThrough(path, resolveLinks(path));
    }

    /**
     * The existing regular files that writing {@code outputs} replaces, symbolic links followed: the files a run that
     * writes them must not read (see {@code InputFiles.expand}). Outputs written through ({@link #isWrittenThrough}),
     * paths that do not exist yet and {@code null}s are left out.
     */
    public static List<Path> replacedFiles(List<? extends @Nullable Path> outputs) {
        List<Path> replaced = new ArrayList<>();
        for (Path output : outputs) {
            if (output != null && !isWrittenThrough(output)) {
                Path target = resolveLinks(output);
                if (Files.isRegularFile(target)) {
                    replaced.add(target);
                }
            }
        }
        return replaced;
    }

    /**
     * Refuses a run whose outputs (the output, the rejects file, a fitted model, ...) name one file twice, also
     * through a symbolic link or another spelling of the path: one would silently replace the other. Devices and
     * FIFOs ({@code /dev/null}) may be named any number of times.
     *
     * @throws InputException naming the file
     */
    public static void requireDistinct(List<? extends @Nullable Path> outputs) {
        List<Path> seen = new ArrayList<>();
        for (Path output : outputs) {
            if (output == null || isWrittenThrough(output)) {
                continue;
            }
            Path target = resolveLinks(output).toAbsolutePath().normalize();
            if (seen.contains(target)) {
                throw new InputException("two outputs of this run are the same file " + output + ": one would "
                        + "replace the other; give each output its own name");
            }
            seen.add(target);
        }
    }

    /** The file finally written: the path with symbolic links followed. */
    public Path target() {
        return target;
    }

    /** Whether the output replaces a file atomically on {@link #commit} (else it is written through). */
    public boolean isAtomic() {
        return temp != null;
    }

    /** Where to write; closing it is {@link #commit}'s job. Write errors name the output. */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes the file and, for a replaced file, moves it to its name. On failure the temporary file is deleted. */
    public void commit() throws IOException {
        try {
            stream.close();
            if (temp != null) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (OutputException e) {
            abort(e);
            throw e;
        } catch (IOException e) {
            OutputException named = OutputException.of(this.named, e);
            abort(named);
            throw named;
        } catch (RuntimeException e) {
            abort(e);
            throw e;
        }
        cleanup.close();
    }

    /** Closes and, for a replaced file, deletes the temporary file; problems doing so are added to {@code failure}. */
    public void abort(Throwable failure) {
        try {
            fileStream.close(); // not the gzip stream: it would write a trailer for nothing
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        cleanup.close();
    }

    private static OutputFile direct(Path named) throws IOException {
        OutputStream fileStream;
        try {
            // opened by the name given (the system follows /dev/stdout's links); no CREATE, no TRUNCATE: a device
            // or FIFO is written as it is, and a file behind /dev/stdout keeps what the shell put there
            fileStream = Files.newOutputStream(named, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw OutputException.of(named, e);
        }
        return new OutputFile(named, named, null, TemporaryFiles.Registration.NONE, fileStream,
                wrap(named, fileStream));
    }

    private static OutputFile replacing(Path named, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InputException("output " + named + " is a folder: name a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException("output folder " + (folder == null ? named : folder)
                    + " does not exist: create it first");
        }
        String name = absolute.getFileName().toString();
        TemporaryFiles.removeStale(folder, name);
        Set<PosixFilePermission> permissions = existingPermissions(absolute);
        Path temp = null;
        OutputStream fileStream = null;
        TemporaryFiles.Registration cleanup = null;
        while (fileStream == null) {
            temp = folder.resolve(TemporaryFiles.name(name, ThreadLocalRandom.current().nextLong()));
            try {
                cleanup = TemporaryFiles.deleteOnSignal(temp);
                // not Files.createTempFile: its owner-only permissions would stay on the output
                fileStream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                cleanup.close(); // try another name
            } catch (AccessDeniedException e) {
                cleanup.close();
                throw new InputException("cannot write output " + named + ": permission denied in folder " + folder
                        + ": check its permissions or choose another folder", e);
            } catch (IOException e) {
                cleanup.close();
                throw OutputException.of(named, e);
            }
        }
        try {
            if (permissions != null) {
                Files.getFileAttributeView(temp, PosixFileAttributeView.class).setPermissions(permissions);
            }
            return new OutputFile(named, absolute, temp, cleanup, fileStream, wrap(named, fileStream));
        } catch (IOException e) {
            OutputException failure = OutputException.of(named, e);
            new OutputFile(named, absolute, temp, cleanup, fileStream, fileStream).abort(failure);
            throw failure;
        } catch (RuntimeException e) {
            new OutputFile(named, absolute, temp, cleanup, fileStream, fileStream).abort(e);
            throw e;
        }
    }

    /** The output's stream: gzip for a {@code .gz} name, buffered, with write errors that name the output. */
    private static OutputStream wrap(Path named, OutputStream fileStream) throws IOException {
        OutputStream checked = new OutputException.Naming(fileStream, named.toString());
        Path fileName = named.getFileName();
        return fileName != null && fileName.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPOutputStream(checked, 1 << 16)
                : new BufferedOutputStream(checked, 1 << 16);
    }

    private static @Nullable Set<PosixFilePermission> existingPermissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(file)) {
            return null;
        }
        return view.readAttributes().permissions();
    }

    /** Whether to write through: not a regular file, folder or new path, or a path under /dev or /proc. */
    private static boolean isWrittenThrough(Path named, Path target) {
        if (isSpecialTree(named.toAbsolutePath().normalize()) || isSpecialTree(target.toAbsolutePath().normalize())) {
            return true;
        }
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    private static boolean isSpecialTree(Path absolute) {
        return absolute.startsWith("/dev") || absolute.startsWith("/proc");
    }

    /**
     * {@code path} with symbolic links followed to the end of the chain (which may not exist yet: a dangling link
     * names the file to create). A loop or an unreadable link leaves the path as it is for opening to report.
     */
    static Path resolveLinks(Path path) {
        Path current = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            try {
                Path link = Files.readSymbolicLink(current);
                Path parent = current.toAbsolutePath().getParent();
                current = parent == null ? link : parent.resolve(link).normalize();
            } catch (IOException e) {
                return current;
            }
        }
        if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return current.toRealPath(); // links in its folders too
            } catch (IOException e) {
                return current;
            }
        }
        return current;
    }
}
