package org.zhpipe.spark;

import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.ResultJson;

/** {@link RecordFields#column}: a record's text and id are columns of its row. */
record ColumnFields(String textColumn, @Nullable String idColumn) implements RecordFields {
    private static final long serialVersionUID = 1L;

    @Override
    public String text(Row row) throws RecordProblem {
        Object text = row.get(row.fieldIndex(textColumn));
        if (text == null) {
            throw new RecordProblem("no text: column \"" + textColumn + "\" is null");
        }
        if (!(text instanceof String s)) {
            throw new RecordProblem("column \"" + textColumn + "\" holds " + text.getClass().getSimpleName()
                    + ", not text: name a string column");
        }
        return s;
    }

    @Override
    public String id(Row row, long position) throws RecordProblem {
        if (idColumn == null) {
            return Long.toString(position + 1);
        }
        Object id = row.get(row.fieldIndex(idColumn));
        if (id instanceof String s) {
            return ResultJson.quote(s);
        }
        if (id instanceof Number n) {
            return n.toString();
        }
        throw new RecordProblem("id column \"" + idColumn + "\" is " + (id == null ? "null" : id.getClass()
                .getSimpleName()) + "; an id must be a string or a number");
    }
}
