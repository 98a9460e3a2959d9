package org.zhpipe.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * Evaluates a segmenter against a gold file line by line, in constant memory: either a {@link Pipeline} run on
 * each gold line's text, or a file another tool already segmented. Immutable and thread-safe (each run has its own
 * {@link SegmentationScorer}).
 *
 * <pre>{@code
 * SegmentationEvaluator evaluator = new SegmentationEvaluator(TrainingWords.read(words), 5);
 * SegmentationReport report = evaluator.evaluate(goldFile, Spec.parseInline("tokenize").build());
 * report.score().f1();
 * }</pre>
 */
public final class SegmentationEvaluator {
    private final @Nullable TrainingWords trainingWords;
    private final int errorExamples;

    /**
     * @param trainingWords the training word list for the OOV figures, or {@code null} for none
     * @param errorExamples how many lines with errors to keep for {@link SegmentationReport#firstErrors()}
     */
    public SegmentationEvaluator(@Nullable TrainingWords trainingWords, int errorExamples) {
        if (errorExamples < 0) {
            throw new IllegalArgumentException("errorExamples < 0: " + errorExamples);
        }
        this.trainingWords = trainingWords;
        this.errorExamples = errorExamples;
    }

    /**
     * Runs {@code pipeline} on the text of each gold line (its words joined without white space) and scores its
     * tokens. Lines where the tokens' original offsets do not cover the text exactly (a stage dropped or duplicated
     * characters) are skipped.
     *
     * @throws IllegalArgumentException if the pipeline has no segmenter
     * @throws EvalInputException       if the gold file cannot be read
     */
    public SegmentationReport evaluate(Path gold, Pipeline pipeline) {
        if (!pipeline.segments()) {
            throw new IllegalArgumentException("the pipeline has no segmenter");
        }
        SegmentationScorer scorer = scorer();
        List<LineError> errors = new ArrayList<>();
        long characters = 0;
        long nanos = 0;
        try (SegmentedFileReader reader = SegmentedFileReader.open(gold)) {
            for (Segmentation line = reader.next(); line != null; line = reader.next()) {
                String text = line.text();
                long started = System.nanoTime();
                Result result = pipeline.process(text);
                nanos += System.nanoTime() - started;
                characters += text.codePointCount(0, text.length());
                LineOutcome outcome = scorer.add(reader.lineNumber(), line, result.tokens());
                if (outcome == LineOutcome.ERRORS && errors.size() < errorExamples) {
                    errors.add(new LineError(reader.lineNumber(), line, Segmentation.ofTokens(text, result.tokens())));
                }
            }
        }
        return new SegmentationReport(scorer.score(), errors, characters, nanos);
    }

    /**
     * Scores a segmented file against the gold file, line by line. Lines whose text differs from the gold line's
     * (white space removed) are skipped. Trailing blank lines in either file are ignored.
     *
     * @throws EvalInputException if a file cannot be read, or the files have different numbers of lines
     */
    public SegmentationReport evaluate(Path gold, Path test) {
        SegmentationScorer scorer = scorer();
        List<LineError> errors = new ArrayList<>();
        try (SegmentedFileReader goldReader = SegmentedFileReader.open(gold);
             SegmentedFileReader testReader = SegmentedFileReader.open(test)) {
            while (true) {
                Segmentation expected = goldReader.next();
                Segmentation predicted = testReader.next();
                if (expected == null || predicted == null) {
                    checkSameLength(goldReader, expected, testReader, predicted);
                    break;
                }
                long line = goldReader.lineNumber();
                if (scorer.add(line, expected, predicted) == LineOutcome.ERRORS && errors.size() < errorExamples) {
                    errors.add(new LineError(line, expected, predicted));
                }
            }
        }
        return new SegmentationReport(scorer.score(), errors, 0, 0);
    }

    private SegmentationScorer scorer() {
        return trainingWords == null ? new SegmentationScorer() : new SegmentationScorer(trainingWords);
    }

    /** One file has ended: the other may go on with blank lines only. */
    private static void checkSameLength(SegmentedFileReader gold, @Nullable Segmentation goldLine,
                                        SegmentedFileReader test, @Nullable Segmentation testLine) {
        boolean blank = blankToTheEnd(gold, goldLine) & blankToTheEnd(test, testLine);
        if (!blank) {
            throw new EvalInputException(test.path(), 0, "has " + test.lineNumber() + " lines, but the gold file "
                    + gold.path() + " has " + gold.lineNumber() + "; the files must correspond line by line", null);
        }
    }

    private static boolean blankToTheEnd(SegmentedFileReader reader, @Nullable Segmentation current) {
        boolean blank = current == null || current.size() == 0;
        for (Segmentation line = current == null ? null : reader.next(); line != null; line = reader.next()) {
            blank &= line.size() == 0;
        }
        return blank;
    }
}
