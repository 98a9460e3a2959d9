package org.zhpipe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.output.OutputFormat;

class BatchOptionsTest {
    @Test
    void defaults() {
        BatchOptions o = BatchOptions.builder().build();
        assertEquals(InputFormat.AUTO, o.inputFormat());
        assertEquals(OutputFormat.AUTO, o.outputFormat());
        assertEquals("text", o.field());
        assertEquals(Optional.empty(), o.encoding());
        assertEquals("auto", o.encodingName());
        assertEquals(OnError.FAIL, o.onError());
        assertTrue(o.inputs().isEmpty());
        assertTrue(o.workers() >= 1);
    }

    @Test
    void anEncodingNameIsACharset() {
        assertEquals(Optional.of(Charset.forName("GB18030")), BatchOptions.builder().encoding("gb18030").build()
                .encoding());
        assertEquals(Optional.empty(), BatchOptions.builder().encoding("AUTO").build().encoding());
    }

    @Test
    void anUnknownEncodingIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> BatchOptions.builder().encoding("klingon"));
        assertEquals("unknown encoding \"klingon\": use auto or a Java charset name such as UTF-8, "
                + "GB18030 or Big5", e.getMessage());
    }

    @Test
    void anEncodingThatIsNotAsciiCompatibleIsRefused() {
        InputException e = assertThrows(InputException.class, () -> BatchOptions.builder().encoding("UTF-16LE"));
        assertTrue(e.getMessage().startsWith("encoding UTF-16LE is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("iconv -f UTF-16LE -t UTF-8"), e.getMessage());
    }

    @Test
    void countsBelowOneAndAnEmptyFieldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().workers(0).build());
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().batchRecords(0).build());
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().batchBytes(0).build());
        assertThrows(InputException.class, () -> BatchOptions.builder().field("").build());
    }

    @Test
    void autoFormatsResolveByNameAndInput() {
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("a.jsonl"));
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("a.NDJSON.gz"));
        assertEquals(InputFormat.LINES, InputFormat.AUTO.resolve("a.json"));
        assertEquals(InputFormat.LINES, InputFormat.AUTO.resolve("a.txt.gz"));
        assertEquals(InputFormat.LINES, InputFormat.AUTO.resolve(null));
        assertEquals(InputFormat.JSONL, InputFormat.JSONL.resolve("a.txt"));
        assertEquals(OutputFormat.JSONL, OutputFormat.AUTO.resolve(true));
        assertEquals(OutputFormat.TEXT, OutputFormat.AUTO.resolve(false));
        assertEquals(OutputFormat.TEXT, OutputFormat.TEXT.resolve(true));
    }
}
