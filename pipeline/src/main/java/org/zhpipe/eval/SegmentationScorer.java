package org.zhpipe.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Tokens;

/**
 * Accumulates the SIGHAN bakeoff score over lines (Emerson 2005; the bakeoff's {@code score} script): a predicted
 * word is correct iff its span {@code [start, end)} equals the span of a gold word on the same line, spans counted
 * over the line with white space removed. A line whose predicted text differs from the gold text, or whose tokens
 * do not cover it exactly, is skipped (counted and reported, never scored). Not thread-safe: one scorer per thread.
 *
 * <pre>{@code
 * SegmentationScorer scorer = new SegmentationScorer(TrainingWords.of(List.of("我", "喜欢", "北京")));
 * scorer.add(1, Segmentation.parse("我 喜欢 北京 天安门"), Segmentation.parse("我 喜 欢 北京 天安门"));
 * scorer.score().f1();   // 2·3 / (4 + 5) = 0.667
 * }</pre>
 */
public final class SegmentationScorer {
    /** How many skipped lines a {@link SegmentationScore} keeps as examples. */
    public static final int SKIPPED_EXAMPLES = 5;

    /** Null without a word list. */
    private final @Nullable TrainingWords trainingWords;
    private final List<SkippedLine> firstSkipped = new ArrayList<>();
    private long lines;
    private long skippedLines;
    private long goldWords;
    private long predictedWords;
    private long correctWords;
    private long oovGoldWords;
    private long oovCorrectWords;

    /** A scorer without a word list: no OOV figures. */
    public SegmentationScorer() {
        this.trainingWords = null;
    }

    /** A scorer that also splits recall into OOV and IV by the training word list. */
    public SegmentationScorer(TrainingWords trainingWords) {
        this.trainingWords = Objects.requireNonNull(trainingWords, "trainingWords");
    }

    /**
     * Scores one line; skips it when {@code predicted.text()} differs from {@code gold.text()}.
     *
     * @param line the 1-based line number, for the report of skipped lines
     */
    public LineOutcome add(long line, Segmentation gold, Segmentation predicted) {
        if (!gold.text().equals(predicted.text())) {
            skip(line, textDifference(gold.text(), predicted.text()));
            return LineOutcome.SKIPPED;
        }
        return score(gold, predicted);
    }

    /**
     * Scores the tokens a pipeline produced on {@code gold.text()}; skips the line when their original offsets do not
     * cover it exactly ({@link Segmentation#tilingProblem}).
     *
     * @param line the 1-based line number, for the report of skipped lines
     */
    public LineOutcome add(long line, Segmentation gold, Tokens predicted) {
        Optional<String> problem = Segmentation.tilingProblem(gold.text(), predicted);
        if (problem.isPresent()) {
            skip(line, problem.get());
            return LineOutcome.SKIPPED;
        }
        return score(gold, Segmentation.ofTokens(gold.text(), predicted));
    }

    /** Leaves a line out of the score, for the reason given (a short phrase). */
    public void skip(long line, String reason) {
        SkippedLine skipped = new SkippedLine(line, reason);
        skippedLines++;
        if (firstSkipped.size() < SKIPPED_EXAMPLES) {
            firstSkipped.add(skipped);
        }
    }

    /** The score of the lines added so far. */
    public SegmentationScore score() {
        return new SegmentationScore(lines, skippedLines, firstSkipped, goldWords, predictedWords, correctWords,
                trainingWords != null, oovGoldWords, oovCorrectWords);
    }

    /** Both segment the same text: walk their word ends in step; a word is correct iff both its ends match. */
    private LineOutcome score(Segmentation gold, Segmentation predicted) {
        int correct = 0;
        int oovCorrect = 0;
        for (int i = 0, j = 0; i < gold.size() && j < predicted.size(); ) {
            int goldEnd = gold.end(i);
            int predictedEnd = predicted.end(j);
            if (goldEnd == predictedEnd) {
                if (gold.start(i) == predicted.start(j)) {
                    correct++;
                    if (isOov(gold.word(i))) {
                        oovCorrect++;
                    }
                }
                i++;
                j++;
            } else if (goldEnd < predictedEnd) {
                i++;
            } else {
                j++;
            }
        }
        if (trainingWords != null) {
            for (int i = 0; i < gold.size(); i++) {
                if (isOov(gold.word(i))) {
                    oovGoldWords++;
                }
            }
        }
        lines++;
        goldWords += gold.size();
        predictedWords += predicted.size();
        correctWords += correct;
        oovCorrectWords += oovCorrect;
        return correct == gold.size() && correct == predicted.size() ? LineOutcome.EXACT : LineOutcome.ERRORS;
    }

    private boolean isOov(String word) {
        return trainingWords != null && !trainingWords.contains(word);
    }

    private static String textDifference(String gold, String predicted) {
        int at = 0;
        int common = Math.min(gold.length(), predicted.length());
        while (at < common && gold.charAt(at) == predicted.charAt(at)) {
            at++;
        }
        if (at > 0 && at < common && Character.isLowSurrogate(gold.charAt(at))) {
            at--; // report whole characters
        }
        return "text differs from the gold line at offset " + at + ": gold " + excerpt(gold, at) + ", predicted "
                + excerpt(predicted, at);
    }

    private static String excerpt(String text, int at) {
        return at >= text.length() ? "ends" : Segmentation.excerpt(text, at, text.length());
    }
}
