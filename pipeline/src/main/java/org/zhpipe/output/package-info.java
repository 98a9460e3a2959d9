/**
 * Writing results: the output formats ({@link org.zhpipe.output.OutputFormat}, with the rules of which pipeline each
 * can hold), one result rendered as one line ({@link org.zhpipe.output.ResultLine}: text,
 * {@link org.zhpipe.output.ResultJson}, a feature vector by {@link org.zhpipe.output.FeatureOutput}, a JSONL record
 * written back with its other fields by {@link org.zhpipe.output.JsonRecord}, a {@link org.zhpipe.output.MatrixMarket}
 * header), and output files that never clobber ({@link org.zhpipe.output.OutputFile}: temporary file and atomic
 * rename, devices written through; errors as {@link org.zhpipe.output.OutputException}). One-shot texts and batch runs
 * share all of it.
 *
 * <p>It uses {@link org.zhpipe.input} only for the words of what is wrong ({@code InputException},
 * {@code RecordProblem}, {@code JsonProblem}); it knows nothing of batch runs (threads, batches, bad-record policies,
 * how settings are named).
 */
@NullMarked
package org.zhpipe.output;

import org.jspecify.annotations.NullMarked;
