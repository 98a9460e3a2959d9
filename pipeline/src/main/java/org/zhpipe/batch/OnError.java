package org.zhpipe.batch;

/**
 * What a batch run does with a bad record: undecodable bytes, invalid JSON, a JSONL line that is not an object or
 * lacks the text field, or a record on which the pipeline throws.
 */
public enum OnError {
    /** Stop at the first bad record (in input order): the run throws {@link BadRecordException}. */
    FAIL,
    /** Report the record, count it as skipped and leave it out of the output. */
    SKIP,
    /**
     * Report the record, count it as kept and write it through unprocessed: the decoded line (undecodable bytes
     * replaced by U+FFFD), or for JSONL input the line as it was; see {@link BatchRunner} for each format.
     */
    KEEP
}
