package org.zhpipe.batch;

import org.zhpipe.stage.Result;

/**
 * Sees what the pipeline made of each record of a batch run, kept or dropped (bad records are reported, not
 * observed): for a corpus report, or statistics an application keeps. Called on the thread that runs the batch, in
 * input order, whatever the number of workers.
 */
@FunctionalInterface
public interface ResultObserver {
    /**
     * @param source {@code file:line} of the record
     * @param text   the record's text as read (a JSONL record's text field)
     * @param result what the pipeline made of it
     */
    void observe(String source, String text, Result result);
}
