package org.zhpipe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the files to read, in reading order: a file stands for itself (even when hidden
 * or not a regular file, such as {@code /dev/stdin} or a named pipe); a folder stands for every regular file under
 * it, recursively, in lexicographic path order, skipping hidden files and hidden folders (names starting with
 * {@code .}) and following symbolic links (a link loop is an error). Checked before anything is read, so a typo
 * fails at once.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The files to read, in order.
     *
     * @throws InputException for a path that does not exist, a file that cannot be read, or a folder without files
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path);
                if (found.isEmpty()) {
                    throw new InputException("no input files in folder " + path
                            + " (hidden files, whose names start with '.', are skipped): check the path");
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                requireReadable(path);
                files.add(path);
            } else {
                throw new InputException("no such file or folder: " + path + ": check the path");
            }
        }
        return files;
    }

    private static List<Path> walk(Path folder) {
        requireReadable(folder);
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> found = new ArrayList<>();
            walk.filter(p -> !isHidden(folder, p) && Files.isRegularFile(p)).forEach(found::add);
            found.sort(null);
            for (Path p : found) {
                requireReadable(p);
            }
            return found;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String problem = cause instanceof FileSystemLoopException
                    ? "symbolic link loop at " + cause.getMessage() + ": remove the link"
                    : cause.getMessage() + ": check its permissions";
            throw new InputException("cannot list folder " + folder + ": " + problem, cause);
        }
    }

    /** Whether any name below {@code root} on the way to {@code p} starts with a dot. */
    private static boolean isHidden(Path root, Path p) {
        for (Path name : root.relativize(p)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void requireReadable(Path path) {
        if (!Files.isReadable(path)) {
            throw new InputException("cannot read " + path + ": permission denied: check its permissions");
        }
    }
}
