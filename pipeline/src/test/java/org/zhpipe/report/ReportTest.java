package org.zhpipe.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** A corpus report over a small corpus: counts, distributions with bounds, examples, scripts, top characters. */
class ReportTest {
    private static CorpusReport report(Pipeline pipeline, String corpus, int workers) throws IOException {
        ReportCollector collector = new ReportCollector(pipeline);
        BatchSummary summary = new BatchRunner(pipeline, BatchOptions.builder().workers(workers).batchRecords(2)
                .onError(OnError.SKIP).build()).run(new ByteArrayInputStream(corpus.getBytes(UTF_8)),
                OutputStream.nullOutputStream(), line -> { }, null, collector);
        return collector.report(summary, "test");
    }

    private static final String CORPUS = "今天天气很好，我们去公园。\nhello world\n這是繁體中文的句子。\n<b>好</b>\n今天天气很好，我们去公园。\n";

    @Test
    void countsDistributionsBoundsAndExamples() throws IOException {
        Pipeline p = Spec.parseInline("quality:min=hanShare:0.5;signals=chars").build();
        CorpusReport r = report(p, CORPUS, 2);
        assertEquals(5, r.summary().recordsIn());
        assertEquals(3, r.kept());
        assertEquals(2, r.dropped());
        assertEquals(List.of("chars", "hanShare"), r.signals().stream().map(CorpusReport.Distribution::name).toList());
        CorpusReport.Distribution han = r.signals().get(1);
        assertEquals(5, han.count());
        assertEquals(0.0, han.min());
        assertEquals(1, han.bounds().size());
        assertEquals("minHanShare", han.bounds().get(0).rule());
        assertEquals(5, java.util.Arrays.stream(han.histogram()).sum());
        assertEquals(new CorpusReport.Example("<stdin>:2", "hanShare 0 < 0.5", "hello world"),
                r.examples().get("quality.minHanShare").get(0));
        assertEquals("<b>好</b>", r.examples().get("quality.minHanShare").get(1).text());
        assertEquals(Map.entry("天", 4L), r.characters().get(0));
        assertEquals(2L, r.scripts().get("simplified"));
        assertEquals(1L, r.scripts().get("traditional"));
        assertEquals(1L, r.scripts().get("other"));
        assertEquals(1L, r.scripts().get("chinese"));
        assertEquals(3L, r.languages().get("zh"), r.languages().toString());
        // the same report whatever the number of workers
        assertEquals(ReportJson.render(r), ReportJson.render(report(p, CORPUS, 1)));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws IOException {
        Pipeline p = Spec.parseInline("quality:min=hanShare:0.5,segment").build();
        String html = ReportHtml.render(report(p, CORPUS, 1));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("stroke=\"#d62728\""), "the bound is drawn");
        assertTrue(html.contains("&lt;b&gt;好&lt;/b&gt;") && !html.contains("<b>好</b>"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing fetched from the network");
    }

    @Test
    void jsonHasEverySection() throws IOException {
        Pipeline p = Spec.parseInline("quality:min=hanShare:0.5,segment").build();
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(report(p, CORPUS, 1)));
        for (String field : List.of("records", "dropReasons", "encodings", "signals", "lengths", "scripts", "languages",
                "examples", "characters", "words")) {
            assertTrue(json.has(field), field);
        }
        assertEquals(2, json.get("dropReasons").get("quality.minHanShare").asInt());
        assertEquals("。", json.get("words").get(0).get("text").asText());
    }
}
