package org.zhpipe.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.FeatureOutput;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.output.ResultJson;
import org.zhpipe.output.ResultLine;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * {@code zhpipe run} over one partition of lines (text or JSONL, the row's first column): each line becomes the line
 * {@code zhpipe run} writes for it (text or JSONL output, UTF-16 offsets, tokens in JSONL), a reject line (the
 * record, or {@code {"text": line}}, with a {@code "zhpipe"} object holding its {@code drops} and {@code signals})
 * when a document stage drops it, or a bad record's problem. Output rows: {@code state} (byte: {@link #KEPT},
 * {@link #REJECTED}, {@link #BAD}) and {@code line}.
 */
final class LineRun implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final byte KEPT = 0;
    static final byte REJECTED = 1;
    static final byte BAD = 2;
    static final StructType SCHEMA = new StructType().add("state", DataTypes.ByteType, false)
            .add("line", DataTypes.StringType, false);

    private final Broadcast<SharedPipeline> pipeline;
    private final boolean jsonInput;
    private final String field;
    private final OutputFormat format;

    /** @param format {@link OutputFormat#TEXT} or {@link OutputFormat#JSONL} */
    LineRun(Broadcast<SharedPipeline> pipeline, boolean jsonInput, String field, OutputFormat format) {
        this.pipeline = pipeline;
        this.jsonInput = jsonInput;
        this.field = field;
        this.format = format;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                try {
                    String line = JsonLineFields.line(row);
                    return jsonInput ? json(line) : text(line);
                } catch (RecordProblem e) {
                    return RowFactory.create(BAD, e.getMessage());
                } catch (RuntimeException e) {
                    return RowFactory.create(BAD, "the pipeline failed: " + e);
                }
            }
        };
    }

    private Row text(String line) {
        Result result = pipeline.value().get().process(line);
        if (result.dropped()) {
            return RowFactory.create(REJECTED, "{\"text\":" + ResultJson.quote(line) + ",\"zhpipe\":"
                    + zhpipe(result) + "}");
        }
        return RowFactory.create(KEPT, ResultLine.render(result, format, OffsetUnit.UTF16));
    }

    private Row json(String line) throws RecordProblem {
        Pipeline p = pipeline.value().get();
        boolean jsonOut = format == OutputFormat.JSONL;
        boolean tokens = jsonOut && p.segments() && !p.hasFeatures();
        JsonRecord json = JsonRecord.parse(line, field, tokens ? List.of("tokens") : List.of(), "--field");
        Result result = p.process(json.text());
        if (result.dropped()) {
            return RowFactory.create(REJECTED, JsonRecord.parse(line, field, List.of("zhpipe"), "--field")
                    .render(json.text(), Map.of("zhpipe", zhpipe(result))));
        }
        if (result.features() != null && jsonOut) {
            return RowFactory.create(KEPT, FeatureOutput.render(result.features(), format, line, field, json.text(),
                    OffsetUnit.UTF16));
        }
        if (!jsonOut) {
            return RowFactory.create(KEPT, ResultLine.oneLine(result.output()));
        }
        return RowFactory.create(KEPT, json.render(result.text().current(), tokens && result.segmented()
                ? Map.of("tokens", ResultJson.tokensJson(result.tokens(), result.text().original(), OffsetUnit.UTF16))
                : Map.of()));
    }

    private static String zhpipe(Result result) {
        return "{\"drops\":" + ResultJson.dropsJson(result.drops()) + ",\"signals\":"
                + ResultJson.signalsJson(result.signals()) + "}";
    }
}
