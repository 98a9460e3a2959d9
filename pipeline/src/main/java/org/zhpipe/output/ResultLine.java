package org.zhpipe.output;

import org.zhpipe.input.RecordProblem;
import org.zhpipe.stage.Result;

/**
 * One result as one output line, the same for a one-shot text and a record of a corpus read as lines: a feature
 * stage's vector in a vector format ({@link FeatureOutput}), the result as JSON for {@link OutputFormat#JSONL}
 * ({@link ResultJson}), else {@link Result#output()} with line breaks turned into spaces, so that one record stays
 * one line. (JSONL records, whose other fields pass through, are rendered by {@link JsonRecord}.) Stateless.
 */
public final class ResultLine {
    private ResultLine() {
    }

    /**
     * The line for {@code result}.
     *
     * @param format a resolved format (not {@link OutputFormat#AUTO}) that {@link OutputFormat#requireUsable} accepted
     */
    public static String render(Result result, OutputFormat format, OffsetUnit offsets) {
        if (result.features() != null && format != OutputFormat.TEXT) {
            try {
                return FeatureOutput.render(result.features(), format, null, "text", result.text().original(),
                        offsets);
            } catch (RecordProblem e) {
                throw new IllegalStateException(e); // only JSONL records have labels that can be bad
            }
        }
        return format == OutputFormat.JSONL ? ResultJson.toJsonLine(result, offsets) : oneLine(result.output());
    }

    /** {@code s} with each line break ({@code \r\n}, {@code \r}, {@code \n}) replaced by a space. */
    public static String oneLine(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
