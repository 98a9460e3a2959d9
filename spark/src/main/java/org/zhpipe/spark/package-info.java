/**
 * zhpipe on Apache Spark: {@link org.zhpipe.spark.ZhpipeTransformer} runs a spec's pipeline over a DataFrame column
 * (text, tokens with offsets into the original, feature vectors, signals and drops as columns), and
 * {@link org.zhpipe.spark.ZhpipeEstimator} fits a spec's feature stage on a DataFrame exactly as {@code zhpipe fit}
 * does. Both are Spark ML stages: they stand in a Spark ML {@code Pipeline} and save and load with it. Corpus jobs:
 * {@link org.zhpipe.spark.CorpusFilter} splits a corpus into kept and rejected records by the spec's document stages,
 * {@link org.zhpipe.spark.SparkDedup} deduplicates it with the clusters of {@code zhpipe dedup}, and
 * {@link org.zhpipe.spark.ZhpipeJob} is the job jar's entry point ({@code run}, {@code fit}, {@code dedup}).
 *
 * <p>No zhpipe stage is ever Java-serialized: executors receive the spec's JSON text (and a fitted model's data
 * files as bytes, {@link org.zhpipe.spark.PipelineSource}) and build their own {@code Pipeline} once per executor JVM, lazily
 * ({@link org.zhpipe.spark.SharedPipeline}, a broadcast variable).
 */
@NullMarked
package org.zhpipe.spark;

import org.jspecify.annotations.NullMarked;
