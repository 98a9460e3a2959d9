package org.zhpipe.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Result;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Tokens;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns a {@link ZhpipeTransformer} adds, and how a zhpipe {@link Result} fills them. A column whose name is
 * empty is left out.
 *
 * <ul>
 *   <li>text: {@code string}, the text after the text stages;</li>
 *   <li>tokens: {@code array<struct<term:string, start:int, end:int, type:string, tag:string>>}, start and end the
 *       token's {@code [start, end)} in the <b>original</b> input (UTF-16 indices), type the lower-case
 *       {@link org.zhpipe.text.TokenType}, tag the part of speech or {@code null};</li>
 *   <li>features: a Spark ML {@code Vector} (sparse), {@code null} when the pipeline has no feature stage;</li>
 *   <li>signals: {@code map<string,double>}, the document stages' measurements (empty when there are none);</li>
 *   <li>drop: {@code string}, why a document stage dropped the document ({@code stage.rule (detail)}, several
 *       joined by {@code "; "}), {@code null} when it was kept. A dropped document keeps its text and signals; its
 *       tokens are empty and its features {@code null}, as in the library's {@link Result}.</li>
 * </ul>
 *
 * A {@code null} input leaves every column {@code null}. Immutable.
 */
record ResultColumns(String text, String tokens, String features, String signals, String drop)
        implements Serializable {
    /** The struct of one token. */
    static final StructType TOKEN = new StructType(new StructField[] {
        DataTypes.createStructField("term", DataTypes.StringType, false),
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false),
        DataTypes.createStructField("type", DataTypes.StringType, false),
        DataTypes.createStructField("tag", DataTypes.StringType, true)});

    /** The input schema with these columns appended. */
    StructType appendTo(StructType input) {
        StructType schema = input;
        for (StructField field : fields()) {
            if (List.of(input.fieldNames()).contains(field.name())) {
                throw new IllegalArgumentException("output column \"" + field.name() + "\" exists already in the "
                        + "input: choose another name, or \"\" to leave that output out");
            }
            schema = schema.add(field);
        }
        return schema;
    }

    private List<StructField> fields() {
        List<StructField> fields = new ArrayList<>();
        add(fields, text, DataTypes.StringType);
        add(fields, tokens, DataTypes.createArrayType(TOKEN, false));
        add(fields, features, SQLDataTypes.VectorType());
        add(fields, signals, DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false));
        add(fields, drop, DataTypes.StringType);
        return fields;
    }

    private static void add(List<StructField> fields, String name, DataType type) {
        if (!name.isEmpty()) {
            fields.add(DataTypes.createStructField(name, type, true));
        }
    }

    /** {@code row} with the values of these columns for {@code result} appended. */
    Row append(Row row, @Nullable Result result) {
        List<Object> values = new ArrayList<>(row.length() + 5);
        for (int i = 0; i < row.length(); i++) {
            values.add(row.get(i));
        }
        if (!text.isEmpty()) {
            values.add(result == null ? null : result.text().current());
        }
        if (!tokens.isEmpty()) {
            values.add(result == null ? null : tokens(result.tokens()));
        }
        if (!features.isEmpty()) {
            values.add(result == null ? null : vector(result.features()));
        }
        if (!signals.isEmpty()) {
            values.add(result == null ? null : CollectionConverters.asScala(result.signals().asMap()));
        }
        if (!drop.isEmpty()) {
            values.add(result == null || !result.dropped() ? null
                    : result.drops().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return RowFactory.create(values.toArray());
    }

    private static scala.collection.Seq<Row> tokens(Tokens tokens) {
        List<Row> rows = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            rows.add(RowFactory.create(tokens.term(i), tokens.start(i), tokens.end(i),
                    tokens.type(i).name().toLowerCase(Locale.ROOT), tokens.tag(i)));
        }
        return CollectionConverters.asScala(rows);
    }

    /**
     * A zhpipe vector as a Spark ML sparse vector (entries in index order, as Spark requires: {@code keywords} lists
     * them by weight), or {@code null}.
     */
    static @Nullable Vector vector(@Nullable SparseVector vector) {
        if (vector == null) {
            return null;
        }
        Integer[] order = new Integer[vector.size()];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(vector::index));
        int[] indices = new int[order.length];
        double[] values = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            indices[i] = vector.index(order[i]);
            values[i] = vector.value(order[i]);
        }
        return Vectors.sparse(vector.dimension(), indices, values);
    }
}
