package org.zhpipe.report;

import java.util.List;
import java.util.Map;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.stage.DocumentStage;

/**
 * What a corpus looks like through a spec: the run's counts and drop reasons, each signal's distribution with the
 * bounds drawn on it, the script mix, document lengths, the most frequent characters and words, and examples of
 * dropped documents. Made by {@link ReportCollector}; written by {@link ReportHtml} and {@link ReportJson}.
 *
 * @param spec       what the spec says it does (its description, or its inline form)
 * @param summary    the batch run's counts, drop reasons and encodings
 * @param kept       documents kept
 * @param dropped    documents dropped
 * @param signals    one distribution per signal, in pipeline order
 * @param lengths    the distribution of document lengths in code points
 * @param scripts    documents per script label (as the {@code script} stage labels them)
 * @param languages  documents per language (the {@code lang} stage's model; {@code und} when it cannot tell), the
 *                   20 most frequent
 * @param examples   the first dropped documents per drop reason ({@code stage.rule})
 * @param characters the most frequent characters (white space left out), with counts
 * @param words      the most frequent tokens of kept documents, with counts; empty without a segmenter
 */
public record CorpusReport(String spec, BatchSummary summary, long kept, long dropped, List<Distribution> signals,
                           Distribution lengths, Map<String, Long> scripts, Map<String, Long> languages,
                           Map<String, List<Example>> examples,
                           List<Map.Entry<String, Long>> characters, List<Map.Entry<String, Long>> words) {
    /**
     * One signal's values over the corpus.
     *
     * @param count     documents that have the signal (those that reached its stage)
     * @param histogram counts of the sampled values in equal bins from {@code from} to {@code to}
     * @param sampled   how many values the histogram holds (all of them up to {@link ReportCollector#SAMPLE})
     * @param bounds    the bounds documents are dropped by
     */
    public record Distribution(String name, long count, double min, double max, double mean, double from, double to,
                               long[] histogram, int sampled, List<DocumentStage.Bound> bounds) {
    }

    /** A dropped document: where it is, what was measured, its start. */
    public record Example(String source, String detail, String text) {
    }
}
