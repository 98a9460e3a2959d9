package org.zhpipe.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.zhpipe.output.OutputException;
import org.zhpipe.output.OutputFile;
import org.zhpipe.output.Utf8Writer;

/**
 * The files a deduplication writes: the kept records (a file, or standard output), and optionally the records a
 * document stage dropped (written in the first pass), the removed records and the clusters (written in the second),
 * as UTF-8 writers. Opened before the first pass; {@link #commit} makes them all appear once the whole run has
 * succeeded; {@link #abort} leaves every output file as it was. One thread.
 */
final class DedupOutputs {
    private final @Nullable OutputFile file;
    private final @Nullable OutputFile rejectsFile;
    private final @Nullable OutputFile removedFile;
    private final @Nullable OutputFile clustersFile;
    final Writer out;
    final @Nullable Writer rejects;
    final @Nullable Writer removed;
    final @Nullable Writer clusters;

    /**
     * @param output   the kept records' file, or {@code null} for {@code stdout}
     * @param rejects  the dropped records' file, or {@code null}
     * @param removed  the removed records' file, or {@code null}
     * @param clusters the clusters' file, or {@code null}
     */
    DedupOutputs(@Nullable Path output, @Nullable Path rejects, @Nullable Path removed, @Nullable Path clusters,
                 OutputStream stdout) throws IOException {
        OutputFile opened = null;
        OutputFile openedRejects = null;
        OutputFile openedRemoved = null;
        OutputFile openedClusters = null;
        try {
            opened = output == null ? null : OutputFile.open(output);
            openedRejects = rejects == null ? null : OutputFile.open(rejects);
            openedRemoved = removed == null ? null : OutputFile.open(removed);
            openedClusters = clusters == null ? null : OutputFile.open(clusters);
        } catch (IOException | RuntimeException | Error e) {
            abort(opened, e);
            abort(openedRejects, e);
            abort(openedRemoved, e);
            throw e;
        }
        this.file = opened;
        this.rejectsFile = openedRejects;
        this.removedFile = openedRemoved;
        this.clustersFile = openedClusters;
        this.out = writer(file == null ? new OutputException.Naming(stdout, "standard output") : file.stream());
        this.rejects = rejectsFile == null ? null : writer(rejectsFile.stream());
        this.removed = removedFile == null ? null : writer(removedFile.stream());
        this.clusters = clustersFile == null ? null : writer(clustersFile.stream());
    }

    /** Flushes every writer and replaces the output files; standard output is flushed, not closed. */
    void commit() throws IOException {
        out.flush();
        commit(rejects, rejectsFile);
        commit(removed, removedFile);
        commit(clusters, clustersFile);
        if (file != null) {
            file.commit();
        }
    }

    /** Leaves the output files as they were. */
    void abort(Throwable failure) {
        abort(file, failure);
        abort(rejectsFile, failure);
        abort(removedFile, failure);
        abort(clustersFile, failure);
    }

    private static void commit(@Nullable Writer writer, @Nullable OutputFile file) throws IOException {
        if (writer != null && file != null) {
            writer.flush();
            file.commit();
        }
    }

    private static Writer writer(OutputStream stream) {
        return new Utf8Writer(stream, 1 << 16);
    }

    private static void abort(@Nullable OutputFile file, Throwable failure) {
        if (file != null) {
            file.abort(failure);
        }
    }
}
