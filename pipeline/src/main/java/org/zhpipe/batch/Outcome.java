package org.zhpipe.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Result;

/**
 * What became of one record, or of an input that could not be read (see {@link RawRecord#badFile}). Made on a
 * worker thread, with its output already encoded, so the thread that writes outcomes in order only copies bytes.
 *
 * @param source   the input's name
 * @param line     the record's line number in it, or -1 for a bad file
 * @param output   the line to write in UTF-8 (without line ending), or {@code null} to write nothing
 * @param problem  why the record (or file) is bad, or {@code null} for a good record
 * @param charsIn  code points of the record's text, for a good or dropped record (0 for a bad one)
 * @param charsOut code points of the processed output text, for a good record (0 for a bad or dropped one)
 * @param badFile  whether this is a bad file rather than a record: it counts as no record
 * @param drops    why a document stage dropped the record; empty when it was not dropped
 * @param reject   the line the rejects file gets for a dropped record, or {@code null} when there is no such file
 * @param seen     the record's text and result for a {@link ResultObserver}, or {@code null} when none observes
 */
record Outcome(String source, long line, byte @Nullable [] output, @Nullable String problem, long charsIn,
               long charsOut, boolean badFile, List<Drop> drops, @Nullable String reject, @Nullable Seen seen) {
    /** A record's text and what the pipeline made of it. */
    record Seen(String text, Result result) {
    }

    /** This outcome with what a {@link ResultObserver} is to see of it. */
    Outcome seen(String text, Result result) {
        return new Outcome(source, line, output, problem, charsIn, charsOut, badFile, drops, reject,
                new Seen(text, result));
    }

    static Outcome good(RawRecord record, @Nullable String output, long charsIn, long charsOut) {
        return good(record, utf8(output), charsIn, charsOut);
    }

    /** A good record whose output line is already UTF-8. */
    static Outcome good(RawRecord record, byte @Nullable [] output, long charsIn, long charsOut) {
        return new Outcome(record.origin().name(), record.line(), output, null, charsIn, charsOut, false,
                List.of(), null, null);
    }

    /** A record a document stage dropped: nothing written to the output, {@code reject} to the rejects file. */
    static Outcome dropped(RawRecord record, List<Drop> drops, @Nullable String reject, long charsIn) {
        return new Outcome(record.origin().name(), record.line(), null, null, charsIn, 0, false, List.copyOf(drops),
                reject, null);
    }

    /** A bad record; {@code kept} is what {@link OnError#KEEP} writes ({@code null} under the other policies). */
    static Outcome bad(RawRecord record, String problem, @Nullable String kept) {
        return new Outcome(record.origin().name(), record.line(), utf8(kept), problem, 0, 0, false, List.of(), null,
                null);
    }

    /** The outcome of a {@link RawRecord#badFile} marker: nothing written, the problem reported. */
    static Outcome badFile(RawRecord marker) {
        return new Outcome(marker.origin().name(), -1, null, marker.fileProblem(), 0, 0, true, List.of(), null, null);
    }

    /** {@code file:line} (made when asked: most records never need it), or the file's name for a bad file. */
    String location() {
        return line < 0 ? source : source + ":" + line;
    }

    /** UTF-8 as {@code String.getBytes} encodes it: a lone surrogate becomes {@code ?}. */
    private static byte @Nullable [] utf8(@Nullable String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    boolean isBad() {
        return problem != null;
    }

    boolean isDropped() {
        return !drops.isEmpty();
    }
}
