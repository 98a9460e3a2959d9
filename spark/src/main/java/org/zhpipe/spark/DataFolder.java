package org.zhpipe.spark;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.SparkFiles;
import org.jspecify.annotations.Nullable;

/**
 * Where the relative data-file paths of a spec (stopword lists, user dictionaries, IDF tables, …) lead on the JVM that
 * builds the pipeline, and which files it may read. Data bundled in the jars ({@code bundled:core}, {@code t2s}, …)
 * is always available. A fitted model's vocabulary travels with the model in either case.
 */
public enum DataFolder {
    /**
     * As in the library: relative paths against each JVM's working directory, any path may be read. For data files
     * that every node has at the same absolute path.
     */
    WORKING_DIRECTORY,
    /**
     * Files added with {@code SparkContext.addFile} (from a local, HDFS or S3 path, which Spark copies to every
     * node): relative paths against {@code SparkFiles.getRootDirectory()}, and no file outside it may be read (the
     * library's {@code ResourcePolicy.under}).
     */
    SPARK_FILES;

    /** The name as a parameter value: {@code working_directory} or {@code spark_files}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The data folder named by a parameter value.
     *
     * @throws IllegalArgumentException naming the values when {@code value} is none of them
     */
    public static DataFolder of(String value) {
        for (DataFolder folder : values()) {
            if (folder.value().equals(value)) {
                return folder;
            }
        }
        throw new IllegalArgumentException("dataFolder: expected working_directory or spark_files, got \"" + value
                + "\"");
    }

    /** The folder relative paths resolve against on this JVM, or {@code null} for the working directory. */
    @Nullable Path root() {
        return this == SPARK_FILES ? Path.of(SparkFiles.getRootDirectory()).toAbsolutePath() : null;
    }
}
