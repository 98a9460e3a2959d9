package org.zhpipe.spark;

import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.JsonRecord;

/**
 * {@link RecordFields#jsonLines}: a record is a JSONL line (the row's first column), parsed as {@code zhpipe run}
 * parses one ({@link JsonRecord}): its text a string field, its id a string or number field.
 */
record JsonLineFields(String field, @Nullable String idField) implements RecordFields {
    private static final long serialVersionUID = 1L;

    @Override
    public String text(Row row) throws RecordProblem {
        return parse(row).text();
    }

    /** The line parsed, leaving room for the {@code zhpipe} object a removed or rejected record gets. */
    JsonRecord parse(Row row) throws RecordProblem {
        return JsonRecord.parse(line(row), field, java.util.List.of("zhpipe"), "--field");
    }

    @Override
    public String id(Row row, long position) throws RecordProblem {
        return idField == null ? Long.toString(position + 1) : JsonRecord.idOf(line(row), idField);
    }

    static String line(Row row) throws RecordProblem {
        if (row.isNullAt(0)) {
            throw new RecordProblem("no line");
        }
        return row.getString(0);
    }
}
