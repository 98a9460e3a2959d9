package org.zhpipe.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.zhpipe.output.OutputException;
import org.zhpipe.output.OutputFile;

/**
 * The files a deduplication's second pass writes: the kept records (a file, or standard output), and optionally the
 * removed records and the clusters, as UTF-8 writers. {@link #commit} makes them all appear; {@link #abort} leaves
 * every output file as it was. One thread.
 */
final class DedupOutputs {
    private final @Nullable OutputFile file;
    private final @Nullable OutputFile removedFile;
    private final @Nullable OutputFile clustersFile;
    final Writer out;
    final @Nullable Writer removed;
    final @Nullable Writer clusters;

    /**
     * @param output   the kept records' file, or {@code null} for {@code stdout}
     * @param removed  the removed records' file, or {@code null}
     * @param clusters the clusters' file, or {@code null}
     */
    DedupOutputs(@Nullable Path output, @Nullable Path removed, @Nullable Path clusters, OutputStream stdout)
            throws IOException {
        OutputFile opened = null;
        OutputFile openedRemoved = null;
        OutputFile openedClusters = null;
        try {
            opened = output == null ? null : OutputFile.open(output);
            openedRemoved = removed == null ? null : OutputFile.open(removed);
            openedClusters = clusters == null ? null : OutputFile.open(clusters);
        } catch (IOException | RuntimeException | Error e) {
            abort(opened, e);
            abort(openedRemoved, e);
            throw e;
        }
        this.file = opened;
        this.removedFile = openedRemoved;
        this.clustersFile = openedClusters;
        this.out = writer(file == null ? new OutputException.Naming(stdout, "standard output") : file.stream());
        this.removed = removedFile == null ? null : writer(removedFile.stream());
        this.clusters = clustersFile == null ? null : writer(clustersFile.stream());
    }

    /** Flushes every writer and replaces the output files; standard output is flushed, not closed. */
    void commit() throws IOException {
        out.flush();
        if (removed != null) {
            removed.flush();
            removedFile.commit();
        }
        if (clusters != null) {
            clusters.flush();
            clustersFile.commit();
        }
        if (file != null) {
            file.commit();
        }
    }

    /** Leaves the output files as they were. */
    void abort(Throwable failure) {
        abort(file, failure);
        abort(removedFile, failure);
        abort(clustersFile, failure);
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void abort(@Nullable OutputFile file, Throwable failure) {
        if (file != null) {
            file.abort(failure);
        }
    }
}
