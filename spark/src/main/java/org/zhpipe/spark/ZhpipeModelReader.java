package org.zhpipe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.MLReader;

/** Loads a {@link ZhpipeModel} that {@link ZhpipeModelWriter} saved. */
final class ZhpipeModelReader extends MLReader<ZhpipeModel> {
    @Override
    public ZhpipeModel load(String path) {
        DefaultParamsReader.Metadata metadata = DefaultParamsReader.loadMetadata(path, sparkSession(),
                ZhpipeModel.class.getName());
        Path folder = new Path(path, ZhpipeModelWriter.FOLDER);
        try {
            FileSystem fs = folder.getFileSystem(sparkSession().sparkContext().hadoopConfiguration());
            String spec = null;
            Map<String, byte[]> files = new TreeMap<>();
            for (FileStatus status : fs.listStatus(folder)) {
                String name = status.getPath().getName();
                if (!status.isFile() || name.startsWith(".")) {
                    continue; // Hadoop's checksum files
                }
                byte[] bytes;
                try (InputStream in = fs.open(status.getPath())) {
                    bytes = org.zhpipe.resource.DataFiles.read(in, org.zhpipe.resource.DataFiles.DATA_FILE_LIMIT);
                }
                if (name.equals(ZhpipeEstimator.FITTED_SPEC)) {
                    spec = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    files.put(name, bytes);
                }
            }
            if (spec == null) {
                throw new IllegalArgumentException(path + " holds no zhpipe model: " + new Path(folder,
                        ZhpipeEstimator.FITTED_SPEC) + " is missing; save one with model.write().save(path)");
            }
            ZhpipeModel model = new ZhpipeModel(metadata.uid(), PipelineSource.of(spec, files));
            metadata.getAndSetParams(model, scala.Option.empty());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the zhpipe model at " + folder, e);
        }
    }
}
