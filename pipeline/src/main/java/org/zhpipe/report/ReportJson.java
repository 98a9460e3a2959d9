package org.zhpipe.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.stage.DocumentStage;

/** A {@link CorpusReport} as pretty-printed JSON, for machines. Stateless. */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    public static String render(CorpusReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("spec", r.spec());
        ObjectNode counts = root.putObject("records");
        counts.put("in", r.summary().recordsIn());
        counts.put("out", r.summary().recordsOut());
        counts.put("dropped", r.summary().dropped());
        counts.put("bad", r.summary().bad());
        counts.put("badFiles", r.summary().badFiles());
        ObjectNode reasons = root.putObject("dropReasons");
        r.summary().dropReasons().forEach(reasons::put);
        ArrayNode encodings = root.putArray("encodings");
        for (DetectedEncoding e : r.summary().encodings()) {
            encodings.add(e.toString());
        }
        ArrayNode signals = root.putArray("signals");
        for (CorpusReport.Distribution d : r.signals()) {
            signals.add(distribution(d));
        }
        root.set("lengths", distribution(r.lengths()));
        ObjectNode scripts = root.putObject("scripts");
        r.scripts().forEach(scripts::put);
        ObjectNode languages = root.putObject("languages");
        r.languages().forEach(languages::put);
        ObjectNode examples = root.putObject("examples");
        r.examples().forEach((key, list) -> {
            ArrayNode array = examples.putArray(key);
            for (CorpusReport.Example e : list) {
                array.addObject().put("source", e.source()).put("detail", e.detail()).put("text", e.text());
            }
        });
        root.set("characters", counts(r.characters()));
        root.set("words", counts(r.words()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode distribution(CorpusReport.Distribution d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", d.name()).put("count", d.count()).put("min", d.min()).put("max", d.max())
                .put("mean", d.mean()).put("from", d.from()).put("to", d.to()).put("sampled", d.sampled());
        ArrayNode histogram = node.putArray("histogram");
        for (long c : d.histogram()) {
            histogram.add(c);
        }
        ArrayNode bounds = node.putArray("bounds");
        for (DocumentStage.Bound b : d.bounds()) {
            bounds.addObject().put("rule", b.rule()).put("lower", b.lower()).put("value", b.value());
        }
        return node;
    }

    private static ArrayNode counts(List<Map.Entry<String, Long>> entries) {
        ArrayNode array = JSON.createArrayNode();
        for (Map.Entry<String, Long> e : entries) {
            array.addObject().put("text", e.getKey()).put("count", e.getValue());
        }
        return array;
    }
}
