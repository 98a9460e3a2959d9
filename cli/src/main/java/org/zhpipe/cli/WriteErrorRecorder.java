package org.zhpipe.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first write error before passing it on, because the {@link java.io.PrintWriter}
 * picocli writes through swallows it; {@link Main} reports it afterwards.
 */
final class WriteErrorRecorder extends FilterOutputStream {
    private IOException failure;

    WriteErrorRecorder(OutputStream out) {
        super(out);
    }

    /** The first write error, or {@code null}. */
    synchronized IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    private synchronized IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
