package org.zhpipe.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.text.SparseVector;

/**
 * Renders a feature stage's vector as one output line:
 * <ul>
 *   <li>{@link OutputFormat#JSONL}: {@code {"indices":[3,17],"values":[0.6,0.8]}}; keywords (entries with offsets)
 *       as {@code {"keywords":[{"term":"天气","weight":1.9,"start":2,"end":4},...]}};</li>
 *   <li>{@link OutputFormat#TERMS}: {@code {"terms":{"天气":0.6,"晴朗":0.8}}};</li>
 *   <li>{@link OutputFormat#LIBSVM}: {@code label 4:0.6 18:0.8} — 1-based indices, as LIBSVM and SVMlight number
 *       features; the label is the JSONL record's {@code label} field when it has one, else 0;</li>
 *   <li>{@link OutputFormat#MTX}: the entries of one row of a Matrix Market coordinate file, {@code column value}
 *       per line (1-based columns), to which the batch run's writer adds the row number (after a
 *       {@link MatrixMarket} header).</li>
 * </ul>
 * For JSONL input, the JSONL formats keep the record's other fields (numbers as written) and replace its text
 * field by the vector's; a field of the record named {@code indices}, {@code values}, {@code terms} or
 * {@code keywords} is replaced too, so that no key appears twice.
 * Values are written as the shortest decimal that reads back as the same double ({@code 2} for a count). Thread-safe.
 */
public final class FeatureOutput {
    private static final JsonFactory JSON = new JsonFactory();
    /** The fields a vector is written as; a JSONL record's own fields of these names are replaced. */
    private static final java.util.Set<String> VECTOR_FIELDS = java.util.Set.of("indices", "values", "terms",
            "keywords");

    private FeatureOutput() {
    }

    /**
     * One line for a result with features, from line input: for the one-shot CLI and library users.
     *
     * @param format {@link OutputFormat#JSONL}, {@link OutputFormat#TERMS} or {@link OutputFormat#LIBSVM}
     * @throws IllegalArgumentException when the result has no features or the format is not one of those
     */
    public static String render(org.zhpipe.stage.Result result, OutputFormat format, OffsetUnit unit) {
        if (result.features() == null || !(format == OutputFormat.JSONL || format == OutputFormat.TERMS
                || format == OutputFormat.LIBSVM)) {
            throw new IllegalArgumentException("a result with features in jsonl, terms or libsvm");
        }
        try {
            return render(result.features(), format, null, "text", result.text().original(), unit);
        } catch (RecordProblem e) {
            throw new IllegalStateException(e); // only JSONL input has labels
        }
    }

    /**
     * One line for {@code vector}, from line or JSONL input: what a batch run writes for a record.
     *
     * @param format   {@link OutputFormat#JSONL}, {@link OutputFormat#TERMS}, {@link OutputFormat#LIBSVM} or
     *                 {@link OutputFormat#MTX}
     * @param record   the JSONL input line (a valid {@link JsonRecord}), or {@code null} for line input
     * @param field    the JSONL text field, left out of the output
     * @param original the document's original text (for keyword offsets)
     * @throws RecordProblem when the record's {@code label} cannot be written as a LIBSVM label
     */
    public static String render(SparseVector vector, OutputFormat format, @Nullable String record, String field,
                                String original, OffsetUnit unit) throws RecordProblem {
        return switch (format) {
            case JSONL, TERMS -> json(vector, format, record, field, original, unit);
            case LIBSVM -> libsvm(vector, record == null ? "0" : label(record));
            case MTX -> mtx(vector);
            default -> throw new IllegalArgumentException("not a vector format: " + format);
        };
    }

    private static String json(SparseVector v, OutputFormat format, @Nullable String record, String field,
                               String original, OffsetUnit unit) {
        StringWriter out = new StringWriter(v.size() * 24 + 32);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (record != null) {
                copyFieldsExcept(record, field, g);
            }
            if (format == OutputFormat.TERMS) {
                if (!v.hasTerms()) {
                    throw new IllegalArgumentException("--format terms needs vectors with terms; hashed buckets "
                            + "have none");
                }
                g.writeObjectFieldStart("terms");
                for (int i = 0; i < v.size(); i++) {
                    g.writeFieldName(v.term(i));
                    g.writeNumber(SparseVector.formatValue(v.value(i)));
                }
                g.writeEndObject();
            } else if (v.hasSpans()) {
                OffsetUnit.Converter offsets = unit.converter(original);
                g.writeArrayFieldStart("keywords");
                for (int i = 0; i < v.size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("term", v.term(i));
                    g.writeFieldName("weight");
                    g.writeNumber(SparseVector.formatValue(v.value(i)));
                    g.writeNumberField("start", offsets.convert(v.start(i)));
                    g.writeNumberField("end", offsets.convert(v.end(i)));
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                g.writeArrayFieldStart("indices");
                for (int i = 0; i < v.size(); i++) {
                    g.writeNumber(v.index(i));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("values");
                for (int i = 0; i < v.size(); i++) {
                    g.writeNumber(SparseVector.formatValue(v.value(i)));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonEscapes.escapeLoneSurrogates(out.toString());
    }

    /** Copies the fields of the JSON object {@code record} except {@code field} into {@code g}, numbers as written. */
    private static void copyFieldsExcept(String record, String field, JsonGenerator g) throws IOException {
        try (JsonParser p = JSON.createParser(record)) {
            p.nextToken(); // START_OBJECT; the record was validated before
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(field) || VECTOR_FIELDS.contains(name)) {
                    p.skipChildren(); // the text, and fields the vector's would duplicate
                } else {
                    g.writeFieldName(name);
                    JsonRecord.copyValue(p, g); // numbers as written, as JSONL output without features keeps them
                }
            }
        }
    }

    private static String libsvm(SparseVector v, String label) {
        StringBuilder sb = new StringBuilder(label.length() + v.size() * 12);
        sb.append(label);
        for (int i = 0; i < v.size(); i++) {
            sb.append(' ').append(v.index(i) + 1).append(':').append(SparseVector.formatValue(v.value(i)));
        }
        return sb.toString();
    }

    private static String mtx(SparseVector v) {
        StringBuilder sb = new StringBuilder(v.size() * 12);
        for (int i = 0; i < v.size(); i++) {
            sb.append(i == 0 ? "" : "\n").append(v.index(i) + 1).append(' ')
                    .append(SparseVector.formatValue(v.value(i)));
        }
        return sb.toString();
    }

    /**
     * The record's {@code label} field as a LIBSVM label: a number as it is written, a string without white space
     * as it is; "0" when the record has none.
     *
     * @throws RecordProblem when the label is not a number or a string without white space
     */
    static String label(String record) throws RecordProblem {
        try (JsonParser p = JSON.createParser(record)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("label")) {
                    p.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    return p.getText();
                }
                if (value == JsonToken.VALUE_STRING && p.getText().matches("\\S+")) {
                    return p.getText();
                }
                throw new RecordProblem("the \"label\" field must be a number or a string without white space for "
                        + "LIBSVM output");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "0";
    }
}
