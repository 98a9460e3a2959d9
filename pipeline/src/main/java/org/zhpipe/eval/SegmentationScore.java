package org.zhpipe.eval;

import java.util.List;

/**
 * The result of a word segmentation evaluation, as the SIGHAN bakeoff scores it: counts, and the figures derived
 * from them. Immutable.
 *
 * <p><b>Undefined figures are {@link Double#NaN}, never a made-up 0 or 1</b>: precision with no predicted word,
 * recall with no gold word, and every OOV/IV figure when there is no word list or no word of that kind. F1 is
 * computed as {@code 2·correct / (gold + predicted)}, which equals {@code 2PR / (P + R)} where both are defined, is 0
 * when nothing is correct, and NaN only when there are no words at all. Callers print NaN as "n/a" (or JSON null).
 *
 * @param lines           lines scored (blank ones included)
 * @param skippedLines    lines left out of the score
 * @param firstSkipped    the first few of them ({@link SegmentationScorer#SKIPPED_EXAMPLES} at most), in order
 * @param goldWords       words in the gold lines scored
 * @param predictedWords  words predicted on those lines
 * @param correctWords    predicted words whose span equals a gold word's span on the same line
 * @param hasWordList     whether a training word list was given; without one the OOV counts are 0
 * @param oovGoldWords    gold word tokens not in the word list
 * @param oovCorrectWords of them, those predicted exactly
 */
public record SegmentationScore(long lines, long skippedLines, List<SkippedLine> firstSkipped, long goldWords,
                                long predictedWords, long correctWords, boolean hasWordList, long oovGoldWords,
                                long oovCorrectWords) {
    public SegmentationScore {
        firstSkipped = List.copyOf(firstSkipped);
        if (lines < 0 || skippedLines < 0 || goldWords < 0 || predictedWords < 0 || correctWords < 0
                || oovGoldWords < 0 || oovCorrectWords < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (correctWords > Math.min(goldWords, predictedWords) || oovGoldWords > goldWords
                || oovCorrectWords > Math.min(oovGoldWords, correctWords) || firstSkipped.size() > skippedLines) {
            throw new IllegalArgumentException("inconsistent counts: " + goldWords + " gold, " + predictedWords
                    + " predicted, " + correctWords + " correct, " + oovGoldWords + " OOV, " + oovCorrectWords
                    + " OOV correct, " + firstSkipped.size() + " of " + skippedLines + " skipped lines");
        }
        if (!hasWordList && (oovGoldWords != 0 || oovCorrectWords != 0)) {
            throw new IllegalArgumentException("OOV counts without a word list");
        }
    }

    /** {@code correct / predicted}; NaN when nothing was predicted. */
    public double precision() {
        return ratio(correctWords, predictedWords);
    }

    /** {@code correct / gold}; NaN when there are no gold words. */
    public double recall() {
        return ratio(correctWords, goldWords);
    }

    /** {@code 2PR / (P + R)}, computed as {@code 2·correct / (gold + predicted)}; NaN when both are 0. */
    public double f1() {
        return ratio(2 * correctWords, goldWords + predictedWords);
    }

    /** Share of gold word tokens not in the word list; NaN without a word list or gold words. */
    public double oovRate() {
        return hasWordList ? ratio(oovGoldWords, goldWords) : Double.NaN;
    }

    /** Share of OOV gold words predicted exactly; NaN without a word list or OOV words. */
    public double oovRecall() {
        return hasWordList ? ratio(oovCorrectWords, oovGoldWords) : Double.NaN;
    }

    /** Share of in-vocabulary gold words predicted exactly; NaN without a word list or IV words. */
    public double ivRecall() {
        return hasWordList ? ratio(correctWords - oovCorrectWords, goldWords - oovGoldWords) : Double.NaN;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
