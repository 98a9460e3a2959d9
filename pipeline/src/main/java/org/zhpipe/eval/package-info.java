/**
 * Word segmentation evaluation as the SIGHAN bakeoffs define it (Emerson 2005, "The Second International Chinese
 * Word Segmentation Bakeoff"): read a hand-segmented gold file ({@link org.zhpipe.eval.SegmentedFileReader}) and a
 * training word list ({@link org.zhpipe.eval.TrainingWords}), compare predicted word spans with gold spans line by line
 * ({@link org.zhpipe.eval.SegmentationScorer}), and report precision, recall, F1 and out-of-vocabulary figures
 * ({@link org.zhpipe.eval.SegmentationScore}).
 *
 * <pre>{@code
 * SegmentationScorer scorer = new SegmentationScorer(TrainingWords.read(trainingWords));
 * try (SegmentedFileReader gold = SegmentedFileReader.open(goldFile)) {
 *     for (Segmentation line = gold.next(); line != null; line = gold.next()) {
 *         scorer.add(gold.lineNumber(), line, pipeline.process(line.text()).tokens());
 *     }
 * }
 * double f1 = scorer.score().f1();
 * }</pre>
 */
@NullMarked
package org.zhpipe.eval;

import org.jspecify.annotations.NullMarked;
