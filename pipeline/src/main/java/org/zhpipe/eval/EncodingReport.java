package org.zhpipe.eval;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The accuracy of encoding detection per sample length and encoding ({@link EncodingEvaluator}).
 *
 * @param cells one per length and encoding, lengths in the order asked, encodings in
 *              {@link EncodingEvaluator#ENCODINGS} order
 */
public record EncodingReport(List<Cell> cells) {
    public EncodingReport {
        cells = List.copyOf(cells);
    }

    /**
     * One length in one encoding.
     *
     * @param hanCharacters the sample length in Han characters
     * @param charset       the encoding the samples were written in
     * @param samples       samples measured
     * @param correct       samples detected as {@code charset}
     * @param unencodable   samples left out because {@code charset} cannot encode them
     * @param wrong         wrong answers by what was detected: one count per {@link EncodingEvaluator#ENCODINGS},
     *                      then other charsets and refusals
     * @param firstErrors   up to five wrong answers, as {@code text → detected}
     */
    public record Cell(int hanCharacters, Charset charset, int samples, int correct, int unencodable, int[] wrong,
                       List<String> firstErrors) {
        public Cell {
            wrong = wrong.clone();
            firstErrors = List.copyOf(firstErrors);
        }

        @Override
        public int[] wrong() {
            return wrong.clone();
        }

        /** correct / samples; NaN without samples. */
        public double accuracy() {
            return samples == 0 ? Double.NaN : (double) correct / samples;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Cell c && c.hanCharacters == hanCharacters && c.charset.equals(charset)
                    && c.samples == samples && c.correct == correct && c.unencodable == unencodable
                    && Arrays.equals(c.wrong, wrong) && c.firstErrors.equals(firstErrors);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * hanCharacters + charset.hashCode()) + Arrays.hashCode(wrong) + correct;
        }
    }

    /** The cell for a length and encoding. */
    public Cell cell(int hanCharacters, Charset charset) {
        for (Cell c : cells) {
            if (c.hanCharacters() == hanCharacters && c.charset().equals(charset)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no cell for " + hanCharacters + " Han characters in " + charset);
    }
}
