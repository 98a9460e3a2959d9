package org.zhpipe.dedup;

import java.util.Arrays;

/**
 * Removes boilerplate lines from an original text, given where its normalized lines came from
 * ({@link DocumentLines}).
 *
 * <p>The rule works on the original's lines (ending at LF): an original line is removed, with its line break (as
 * the {@code lines} stage removes a line), when the span of some boilerplate normalized line overlaps it and the span
 * of no other non-blank normalized line does. So a stage that joins or splits lines never makes the removal take
 * text that is not boilerplate: an original line that holds boilerplate and something else stays whole. Blank
 * original lines, and lines whose text the pipeline deleted, stay. When the last line of a text that does not end with a
 * line break is removed, the last kept line loses its line break (CR LF as one), so that the text does not gain a
 * final line break. Nothing else changes: what stays is the original, char for char.
 *
 * <p>Stateless; thread-safe.
 */
public final class BoilerplateRemover {
    private BoilerplateRemover() {
    }

    /**
     * What is left of a text.
     *
     * @param text         the original without its boilerplate lines
     * @param linesRemoved how many original lines were removed
     */
    public record Cleaned(String text, int linesRemoved) {
        /** Whether lines were removed and nothing but white space is left. */
        public boolean emptied() {
            return linesRemoved > 0 && text.isBlank();
        }
    }

    /**
     * @param original the text {@code lines} came from
     * @throws IllegalArgumentException when {@code lines} came from a text of another length
     */
    public static Cleaned remove(String original, DocumentLines lines, Boilerplate boilerplate) {
        if (lines.originalLength() != original.length()) {
            throw new IllegalArgumentException("the lines are of a text of " + lines.originalLength()
                    + " chars, not " + original.length());
        }
        int[] lineStarts = lineStarts(original);
        int lineCount = lineStarts.length;
        boolean[] hasBoilerplate = new boolean[lineCount];
        boolean[] hasOther = new boolean[lineCount];
        boolean any = false;
        for (int i = 0; i < lines.count(); i++) {
            boolean isBoilerplate = boilerplate.contains(lines.hashes()[i]);
            any |= isBoilerplate;
            int first = lineOf(lineStarts, lines.starts()[i]);
            int last = lineOf(lineStarts, Math.max(lines.starts()[i], lines.ends()[i] - 1));
            for (int line = first; line <= last; line++) {
                if (isBoilerplate) {
                    hasBoilerplate[line] = true;
                } else {
                    hasOther[line] = true;
                }
            }
        }
        if (!any) {
            return new Cleaned(original, 0);
        }
        StringBuilder kept = new StringBuilder(original.length());
        int removed = 0;
        for (int line = 0; line < lineCount; line++) {
            int start = lineStarts[line];
            int next = line + 1 < lineCount ? lineStarts[line + 1] : original.length();
            if (hasBoilerplate[line] && !hasOther[line]) {
                removed++;
            } else {
                kept.append(original, start, next);
            }
        }
        if (removed == 0) {
            return new Cleaned(original, 0);
        }
        int end = kept.length();
        if (hasBoilerplate[lineCount - 1] && !hasOther[lineCount - 1] && !original.endsWith("\n") && end > 0
                && kept.charAt(end - 1) == '\n') {
            end -= end > 1 && kept.charAt(end - 2) == '\r' ? 2 : 1;
        }
        return new Cleaned(kept.substring(0, end), removed);
    }

    /** Where each line starts: 0 and after each LF (a text ending in LF has no empty last line). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        int at = 0;
        do {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = at;
            int newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length() : newline + 1;
        } while (at < text.length());
        return Arrays.copyOf(starts, n);
    }

    /** The line holding offset {@code at} (the last line for the text's end). */
    private static int lineOf(int[] lineStarts, int at) {
        int i = Arrays.binarySearch(lineStarts, at);
        return i >= 0 ? i : -i - 2;
    }
}
