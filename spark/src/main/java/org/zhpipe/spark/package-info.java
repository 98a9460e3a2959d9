/**
 * zhpipe on Apache Spark: {@link org.zhpipe.spark.ZhpipeTransformer} runs a spec's pipeline over a DataFrame column
 * (text, tokens with offsets into the original, feature vectors, signals and drops as columns), and
 * {@link org.zhpipe.spark.ZhpipeEstimator} fits a spec's feature stage on a DataFrame exactly as {@code zhpipe fit}
 * does. Both are Spark ML stages: they stand in a Spark ML {@code Pipeline} and save and load with it.
 *
 * <p>No zhpipe stage is ever Java-serialized: executors receive the spec's JSON text (and a fitted model's data
 * files as bytes, {@link org.zhpipe.spark.PipelineSource}) and build their own {@code Pipeline} once per executor JVM, lazily
 * ({@link org.zhpipe.spark.SharedPipeline}, a broadcast variable).
 */
@NullMarked
package org.zhpipe.spark;

import org.jspecify.annotations.NullMarked;
