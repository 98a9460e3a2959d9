/**
 * Corpus reports: {@link org.zhpipe.report.ReportCollector} watches a batch run
 * ({@link org.zhpipe.batch.ResultObserver}) and gathers what a person choosing thresholds wants to see — every signal's
 * distribution with the bounds on it, drop reasons with examples, the script mix, document lengths, encodings, the
 * most frequent characters and words — into a {@link org.zhpipe.report.CorpusReport}, written as one self-contained
 * HTML page ({@link org.zhpipe.report.ReportHtml}) or JSON.
 */
@NullMarked
package org.zhpipe.report;

import org.jspecify.annotations.NullMarked;
