/**
 * Running a {@link org.zhpipe.stage.Pipeline} over a corpus: {@link org.zhpipe.batch.BatchRunner} cleans it,
 * {@link org.zhpipe.batch.BatchFitter} fits a pipeline on it, both with the same {@link org.zhpipe.batch.BatchOptions}:
 * inputs are read in batches of lines on a reader thread, processed on many threads and written in input order
 * ({@link org.zhpipe.batch.OrderedParallelRunner}); bad records and bad files follow the
 * {@link org.zhpipe.batch.OnError} policy and every record is accounted for ({@link org.zhpipe.batch.BatchSummary}).
 * Messages name settings as the caller does ({@link org.zhpipe.batch.BatchSetting}). The CLI is a thin adapter around
 * it.
 *
 * <p>It holds no reading or rendering of its own: opening inputs, detecting encodings, splitting and decoding lines
 * are {@link org.zhpipe.input}'s; output formats and output files are {@link org.zhpipe.output}'s.
 */
@NullMarked
package org.zhpipe.batch;

import org.jspecify.annotations.NullMarked;
