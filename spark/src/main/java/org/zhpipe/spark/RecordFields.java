package org.zhpipe.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordProblem;

/**
 * How a corpus job reads a record (a {@link Row}): the text the pipeline processes, and the id other records name it
 * by (a removed duplicate's {@code duplicate_of}). Implementations are immutable and serializable: they travel to
 * the executors with the job's functions.
 *
 * <pre>{@code
 * RecordFields.column("body", "url")      // a DataFrame's string column "body", ids from its column "url"
 * RecordFields.jsonLines("text", null)    // column 0 holds a JSONL line, as spark.read().text(...) gives
 * }</pre>
 */
public interface RecordFields extends Serializable {
    /**
     * The record's text.
     *
     * @throws RecordProblem when the record has none (a bad record: counted, never processed)
     */
    String text(Row row) throws RecordProblem;

    /**
     * The record's id as JSON: a string quoted, a number as written. Without an id field, its record number in input
     * order from 1 (with one input file of lines, its line number).
     *
     * @param position the record's number in input order, from 0
     * @throws RecordProblem when the named id field is missing or neither a string nor a number
     */
    String id(Row row, long position) throws RecordProblem;

    /** The string column {@code textColumn}; ids from the column {@code idColumn} (string or number), or numbers. */
    static RecordFields column(String textColumn, @Nullable String idColumn) {
        return new ColumnFields(textColumn, idColumn);
    }

    /**
     * A JSONL line in the row's first column (as {@code spark.read().text(...)} reads it), its text in the string
     * field {@code field}, its id in the field {@code idField} (string or number), or numbers.
     */
    static RecordFields jsonLines(String field, @Nullable String idField) {
        return new JsonLineFields(field, idField);
    }
}
