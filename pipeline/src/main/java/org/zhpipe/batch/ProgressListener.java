package org.zhpipe.batch;

import org.zhpipe.input.DetectedEncoding;

/**
 * Hears how far a batch run has read, to drive a progress bar (and, with {@link #onInputOpened}, to say which file
 * is being read in which encoding). Called from the run's reader thread: implementations must be quick, and
 * thread-safe with respect to whatever else reads their state. An exception thrown here fails the run.
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * Called at most every 100 ms, and once more at the end of reading.
     *
     * @param bytesRead  raw bytes read so far, over all inputs (compressed bytes for gzip files)
     * @param totalBytes the sum of the input file sizes, or -1 when unknown (stdin, pipes)
     */
    void onProgress(long bytesRead, long totalBytes);

    /**
     * An input was opened and its encoding chosen, before any of its records is read. The same values end up in
     * {@link BatchSummary#encodings()}; this call comes early enough for {@code --verbose} to show them even when
     * the run fails. Does nothing by default.
     */
    default void onInputOpened(DetectedEncoding encoding) {
    }
}
