package org.zhpipe.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The project's samples/ as test input. */
final class Samples {
    private Samples() {
    }

    static Path file(String relative) {
        return Path.of(System.getProperty("zhpipe.root", "..")).resolve("samples").resolve(relative);
    }

    static String spec(String name) {
        try {
            return Files.readString(file("specs/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text sample, or the {@code text} fields of a JSONL sample. */
    static List<String> texts(String name) {
        try {
            List<String> lines = Files.readAllLines(file("text/" + name));
            if (!name.endsWith(".jsonl")) {
                return lines;
            }
            ObjectMapper json = new ObjectMapper();
            List<String> texts = new ArrayList<>();
            for (String line : lines) {
                texts.add(json.readTree(line).get("text").asText());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DataFrame (id int, text string) of {@code texts}, id = position, in {@code partitions} partitions. */
    static Dataset<Row> frame(SparkSession spark, List<String> texts, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create(i, texts.get(i)));
        }
        StructType schema = new StructType()
                .add("id", DataTypes.IntegerType, false)
                .add("text", DataTypes.StringType, true);
        return spark.createDataFrame(rows, schema).repartition(partitions);
    }
}
