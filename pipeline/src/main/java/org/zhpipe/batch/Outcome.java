package org.zhpipe.batch;

import org.jspecify.annotations.Nullable;

/**
 * What became of one record, or of an input that could not be read (see {@link RawRecord#badFile}).
 *
 * @param location {@code file:line}, or the file's name for a bad file
 * @param output   the line to write (without line ending), or {@code null} to write nothing
 * @param problem  why the record (or file) is bad, or {@code null} for a good record
 * @param charsIn  code points of the record's text, for a good record (0 for a bad one)
 * @param charsOut code points of the processed output text, for a good record (0 for a bad one)
 * @param badFile  whether this is a bad file rather than a record: it counts as no record
 */
record Outcome(String location, @Nullable String output, @Nullable String problem, long charsIn, long charsOut,
               boolean badFile) {
    static Outcome good(RawRecord record, @Nullable String output, long charsIn, long charsOut) {
        return new Outcome(record.location(), output, null, charsIn, charsOut, false);
    }

    /** A bad record; {@code kept} is what {@link OnError#KEEP} writes ({@code null} under the other policies). */
    static Outcome bad(RawRecord record, String problem, @Nullable String kept) {
        return new Outcome(record.location(), kept, problem, 0, 0, false);
    }

    /** The outcome of a {@link RawRecord#badFile} marker: nothing written, the problem reported. */
    static Outcome badFile(RawRecord marker) {
        return new Outcome(marker.origin().name(), null, marker.fileProblem(), 0, 0, true);
    }

    boolean isBad() {
        return problem != null;
    }
}
