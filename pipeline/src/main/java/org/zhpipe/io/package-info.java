/**
 * Batch cleaning of corpora: reading files, folders, gzip and stdin as lines or JSONL in any ASCII-compatible
 * encoding ({@link org.zhpipe.io.EncodingDetector}), running a {@link org.zhpipe.stage.Pipeline} on many threads in
 * input order ({@link org.zhpipe.io.OrderedParallelRunner}), and writing text or JSONL
 * ({@link org.zhpipe.io.ResultJson}). {@link org.zhpipe.io.BatchRunner} wires it together; the CLI is a thin
 * adapter around it.
 */
package org.zhpipe.io;
