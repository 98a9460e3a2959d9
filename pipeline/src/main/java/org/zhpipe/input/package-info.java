/**
 * Reading corpora: the files a user names ({@link org.zhpipe.input.InputFiles}, folders expanded), one input opened
 * ({@link org.zhpipe.input.OpenInput}: file, gzip or stdin), its encoding chosen ({@link org.zhpipe.input.Encodings},
 * or detected by {@link org.zhpipe.input.EncodingDetector}), split into lines on the byte 0x0A and decoded strictly
 * ({@link org.zhpipe.input.LineDecoder}). Also the words for what is wrong with what a user gave:
 * {@link org.zhpipe.input.InputException} (an input, an output path or a setting; exit code 2),
 * {@link org.zhpipe.input.RecordProblem} (one record) and {@link org.zhpipe.input.JsonProblem} (Jackson's parse
 * errors in plain words, for JSONL records and specs alike).
 *
 * <p>It knows nothing of output formats or of batch runs (threads, batches, bad-record policies): those packages use
 * it, never the reverse.
 */
@NullMarked
package org.zhpipe.input;

import org.jspecify.annotations.NullMarked;
