package org.zhpipe.output;

import java.io.IOException;
import java.io.Writer;

/**
 * The header of a Matrix Market coordinate file (NIST's exchange format, read by scipy.io.mmread, R's Matrix, MATLAB):
 * a banner, a comment, and the size line {@code rows columns entries}, which must come before the entries — so the
 * batch runner writes the entries to a temporary file first.
 */
public final class MatrixMarket {
    private MatrixMarket() {
    }

    /** Writes the header of a matrix of {@code rows} × {@code columns} with {@code entries} non-zero entries. */
    public static void writeHeader(Writer out, long rows, long columns, long entries) throws IOException {
        out.write("%%MatrixMarket matrix coordinate real general\n");
        out.write("% zhpipe: one row per record written, in input order; column j is the feature index j - 1\n");
        out.write(rows + " " + columns + " " + entries + "\n");
    }
}
