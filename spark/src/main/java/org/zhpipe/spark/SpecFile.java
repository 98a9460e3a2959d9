package org.zhpipe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** A spec file read on the driver from a Hadoop path (a local file, {@code hdfs://}, {@code s3a://}). Stateless. */
final class SpecFile {
    private SpecFile() {
    }

    /**
     * The spec's text, through the active session's Hadoop configuration.
     *
     * @throws IllegalArgumentException without an active session, or for a missing file
     * @throws UncheckedIOException      for a read error or a file over the library's spec limit (16 MiB)
     */
    static String read(String path) {
        SparkSession spark = SparkSession.getActiveSession().getOrElse(() -> {
            throw new IllegalArgumentException("no active Spark session to read the spec " + path + " with: start one "
                    + "first, or pass the spec's text with setSpec");
        });
        try {
            Path file = new Path(path);
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.isFile(file)) {
                throw new IllegalArgumentException("no spec file at " + path + ": name a spec (JSON) on a file system "
                        + "the cluster reads (a local path, hdfs://, s3a://)");
            }
            try (InputStream in = fs.open(file)) {
                return new String(org.zhpipe.resource.DataFiles.read(in, org.zhpipe.resource.DataFiles.SPEC_LIMIT),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spec " + path + ": " + e.getMessage(), e);
        }
    }
}
