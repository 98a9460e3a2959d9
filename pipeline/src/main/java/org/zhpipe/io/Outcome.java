package org.zhpipe.io;

/**
 * What became of one record.
 *
 * @param location {@code file:line}
 * @param output   the line to write (without line ending), or {@code null} to write nothing
 * @param problem  why the record is bad, or {@code null} for a good record
 * @param charsIn  code points of the record's text, for a good record (0 for a bad one)
 * @param charsOut code points of the processed output text, for a good record (0 for a bad one)
 */
record Outcome(String location, String output, String problem, long charsIn, long charsOut) {
    static Outcome good(RawRecord record, String output, long charsIn, long charsOut) {
        return new Outcome(record.location(), output, null, charsIn, charsOut);
    }

    /** A bad record; {@code kept} is what {@link OnError#KEEP} writes ({@code null} under the other policies). */
    static Outcome bad(RawRecord record, String problem, String kept) {
        return new Outcome(record.location(), kept, problem, 0, 0);
    }

    boolean isBad() {
        return problem != null;
    }
}
