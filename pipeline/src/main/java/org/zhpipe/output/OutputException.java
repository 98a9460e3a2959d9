package org.zhpipe.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Writing an output failed: the message names the output and says why in plain words ({@code cannot write
 * out.txt: no space left on device}). {@link #isBrokenPipe()} tells a reader that went away (as {@code head} does),
 * which command-line tools end quietly.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean brokenPipe;

    private OutputException(String message, boolean brokenPipe, IOException cause) {
        super(message, cause);
        this.brokenPipe = brokenPipe;
    }

    /** An exception naming {@code output} for {@code cause}; an {@code OutputException} is returned as it is. */
    public static OutputException of(Path output, IOException cause) {
        return of(output.toString(), cause);
    }

    /** An exception naming {@code output} (a path, or {@code standard output}) for {@code cause}. */
    public static OutputException of(String output, IOException cause) {
        if (cause instanceof OutputException e) {
            return e;
        }
        return new OutputException("cannot write " + output + ": " + reason(cause), isBrokenPipe(cause), cause);
    }

    /** Whether the reader of the output closed it (EPIPE). */
    public boolean isBrokenPipe() {
        return brokenPipe;
    }

    /** Whether {@code e}, or one of its causes, says that the reader of a pipe went away. */
    public static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutputException o && o.brokenPipe) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied: check its permissions or choose another path";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            message = f.getReason();
        }
        if (message.contains("No space left on device")) {
            return "no space left on device: free some space or write elsewhere";
        }
        if (message.contains("Read-only file system")) {
            return "read-only file system: write elsewhere";
        }
        if (message.contains("Permission denied")) {
            return "permission denied: check its permissions or choose another path";
        }
        if (message.contains("Broken pipe")) {
            return "the reader closed the pipe";
        }
        return message;
    }

    /**
     * A stream whose write errors become {@code OutputException}s naming the output, for a stream that is not an
     * {@link OutputFile}'s (whose stream already names it), such as standard output.
     */
    public static final class Naming extends FilterOutputStream {
        private final String output;

        /** Wraps {@code out}, named {@code output} in messages, e.g. {@code standard output}. */
        public Naming(OutputStream out, String output) {
            super(out);
            this.output = output;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw of(output, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw of(output, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw of(output, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw of(output, e);
            }
        }
    }
}
