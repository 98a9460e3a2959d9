package org.zhpipe.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The hidden temporary files an {@link OutputFile} writes before it moves them into place: their naming pattern
 * ({@code .name.tmp-<hex>}), their deletion when the JVM is stopped by SIGINT or SIGTERM (a shutdown hook per file,
 * removed once the file is committed or aborted), and the removal of stale ones that a killed run ({@code kill -9})
 * left behind. Other temporary files (a batch run's staged Matrix Market entries) use {@link #deleteOnSignal} too.
 */
public final class TemporaryFiles {
    private static final String MARK = ".tmp-";

    private TemporaryFiles() {
    }

    /** The temporary file name for {@code name}: {@code .name.tmp-<hex>}. */
    static String name(String name, long random) {
        return "." + name + MARK + Long.toHexString(random);
    }

    /** Whether {@code candidate} is a temporary file name of {@code name}'s pattern. */
    static boolean isTemporaryOf(String candidate, String name) {
        String prefix = "." + name + MARK;
        if (!candidate.startsWith(prefix) || candidate.length() == prefix.length()
                || candidate.length() > prefix.length() + 16) {
            return false;
        }
        for (int i = prefix.length(); i < candidate.length(); i++) {
            if (Character.digit(candidate.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deletes the temporary files of {@code name}'s pattern in {@code folder} last modified before this process
     * started: a run that was killed left them, and a run still going would have written them since. Best effort:
     * a file that cannot be deleted is left.
     */
    static void removeStale(Path folder, String name) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        if (started == null) {
            return;
        }
        FileTime before = FileTime.from(started);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + glob(name) + MARK + "*")) {
            for (Path file : files) {
                if (isTemporaryOf(file.getFileName().toString(), name)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a stale file left is only clutter, and writing the output will report real problems
        }
    }

    /** Escapes the glob metacharacters of a file name. */
    private static String glob(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("*?[]{}\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Registers a shutdown hook that deletes {@code file} if the JVM stops before the registration is closed. */
    public static Registration deleteOnSignal(Path file) {
        Thread hook = new Thread(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the JVM is stopping: nothing else to do
            }
        }, "zhpipe-delete-" + file.getFileName());
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            return Registration.NONE; // already shutting down
        }
        return new Registration(hook);
    }

    /** A registered deletion; {@link #close} removes it. Idempotent. */
    public static final class Registration implements AutoCloseable {
        /** No deletion registered: closing it does nothing. */
        public static final Registration NONE = new Registration(null);

        /** Null for {@link #NONE} and once closed. */
        private @Nullable Thread hook;

        private Registration(@Nullable Thread hook) {
            this.hook = hook;
        }

        @Override
        public synchronized void close() {
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down: the hook runs, and deleting a committed file's old temp name is harmless
                }
                hook = null;
            }
        }
    }
}
