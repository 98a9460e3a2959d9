package org.zhpipe.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLWriter;

/**
 * Saves a {@link ZhpipeModel} at a Hadoop path (local, HDFS, S3): Spark ML's parameter metadata under
 * {@code metadata/}, and the fitted spec and its data files, byte for byte as {@code zhpipe fit} wrote them, under
 * {@code zhpipe/}. {@link ZhpipeModelReader} reads it back.
 */
final class ZhpipeModelWriter extends MLWriter {
    /** The folder of a saved model that holds the fitted spec and its data files. */
    static final String FOLDER = "zhpipe";

    private final ZhpipeModel model;

    ZhpipeModelWriter(ZhpipeModel model) {
        this.model = model;
    }

    @Override
    public void saveImpl(String path) {
        DefaultParamsWriter.saveMetadata(model, path, sparkSession());
        Path folder = new Path(path, FOLDER);
        try {
            FileSystem fs = folder.getFileSystem(sparkSession().sparkContext().hadoopConfiguration());
            write(fs, new Path(folder, ZhpipeEstimator.FITTED_SPEC),
                    model.source().specJson().getBytes(StandardCharsets.UTF_8));
            for (String name : model.source().fileNames()) {
                write(fs, new Path(folder, name), model.source().file(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the zhpipe model to " + folder, e);
        }
    }

    private static void write(FileSystem fs, Path file, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(file, false)) {
            out.write(bytes);
        }
    }
}
