package org.zhpipe.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Pipeline;

/**
 * A {@link PipelineSource} and the pipeline built from it, built at most once per JVM that holds this object. Spark
 * ships it as a broadcast variable ({@link #broadcast}): the source is serialized (never the built pipeline, which is
 * {@code transient}), each executor deserializes the broadcast once and keeps it, so every task on that executor gets
 * the same object and {@link #get()} builds the pipeline there once, lazily, on first use. (Should Spark evict the
 * broadcast under memory pressure, the next task reads it back and builds again: the same pipeline, as it is built
 * from the same bytes.)
 *
 * <p>Thread-safe: {@link #get()} is called by the tasks of one executor concurrently; the one lazily written field
 * holds an immutable, thread-safe {@link Pipeline}.
 */
final class SharedPipeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PipelineSource source;
    private transient volatile @Nullable Pipeline pipeline;

    SharedPipeline(PipelineSource source) {
        this.source = source;
    }

    /** {@code source} as a broadcast variable of {@code spark}. */
    static Broadcast<SharedPipeline> broadcast(SparkSession spark, PipelineSource source) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new SharedPipeline(source));
    }

    PipelineSource source() {
        return source;
    }

    /** The pipeline, built on the first call in this JVM. */
    Pipeline get() {
        Pipeline built = pipeline;
        if (built == null) {
            synchronized (this) {
                built = pipeline;
                if (built == null) {
                    built = source.build();
                    pipeline = built;
                }
            }
        }
        return built;
    }
}
