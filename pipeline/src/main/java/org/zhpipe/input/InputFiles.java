package org.zhpipe.input;

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
 *
 * <p>Outputs are never read as inputs: naming a file the run replaces (its output, or another file it writes) as an
 * input is an error, and one found inside an input folder — a previous run's output, say — is left out and listed in
 * {@link Expansion#skippedOutputs()}. The caller names those files (the output package's
 * {@code OutputFile.replacedFiles} of the run's outputs: a device or FIFO output is written through, not replaced,
 * and is not among them). Files are compared by identity ({@link Files#isSameFile}), so links and relative paths do
 * not hide a clash.
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
        return expand(paths, List.of()).files();
    }

    /**
     * The files to read, in order, and the outputs found inside input folders and left out.
     *
     * @param replaced the existing files the run replaces, links followed ({@code OutputFile.replacedFiles} of its
     *                 outputs)
     * @throws InputException also when an input named directly is one of {@code replaced}
     */
    public static Expansion expand(List<Path> paths, List<Path> replaced) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path);
                if (found.isEmpty()) {
                    throw new InputException("no input files in folder " + path
                            + " (hidden files, whose names start with '.', are skipped): check the path");
                }
                for (Path file : found) {
                    if (isAny(file, replaced)) {
                        skipped.add(file);
                    } else {
                        files.add(file);
                    }
                }
            } else if (Files.exists(path)) {
                requireReadable(path);
                if (isAny(path, replaced)) {
                    throw new InputException("input " + path + " is also an output of this run, which would replace "
                            + "it: write the output elsewhere");
                }
                files.add(path);
            } else {
                throw new InputException("no such file or folder: " + path + ": check the path");
            }
        }
        if (files.isEmpty() && !skipped.isEmpty()) {
            throw new InputException("no input files left: the only files in the input folders are this run's "
                    + "outputs (" + skipped.get(0) + "): check the paths");
        }
        return new Expansion(List.copyOf(files), List.copyOf(skipped));
    }

    /**
     * What {@link #expand(List, List)} found.
     *
     * @param files          the files to read, in order
     * @param skippedOutputs files inside input folders that are outputs of the run, left out
     */
    public record Expansion(List<Path> files, List<Path> skippedOutputs) {
    }

    private static boolean isAny(Path file, List<Path> outputs) {
        for (Path output : outputs) {
            try {
                if (Files.isSameFile(file, output)) {
                    return true;
                }
            } catch (IOException e) {
                // one of them vanished: not the same file
            }
        }
        return false;
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
