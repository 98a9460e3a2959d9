package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes the spec readers with the bytes of a spec file ({@link Spec#parse}) and of an inline spec
 * ({@link Spec#parseInline}): either they read a spec, which writes itself as JSON that reads back to an equal spec,
 * or they throw a {@link SpecException} that says where. Neither builds the pipeline: building opens the files a spec
 * names, which is the random pipeline target's business, with names it chooses. Seeds:
 * {@code SpecFuzzTestInputs/<method>/}.
 */
class SpecFuzzTest {
    private static final String NAME = "spec.json";

    @FuzzTest
    void jsonSpec(byte[] bytes) throws Exception {
        String json = new String(bytes, StandardCharsets.UTF_8);
        Throwable e = FuzzChecks.expectOnly(json, () -> assertRoundTrip(Spec.parse(json, NAME, StageRegistry.standard())),
                SpecException.class);
        assertTrue(e == null || e.getMessage().startsWith(NAME + ":"), () -> "does not say where: " + e);
    }

    @FuzzTest
    void inlineSpec(byte[] bytes) throws Exception {
        String inline = new String(bytes, StandardCharsets.UTF_8);
        Throwable e = FuzzChecks.expectOnly(inline, () -> assertRoundTrip(Spec.parseInline(inline)), SpecException.class);
        assertTrue(e == null || e.getMessage().startsWith("inline:"), () -> "does not say where: " + e);
    }

    /** Found by {@link #jsonSpec}: Jackson described its input source in the message. */
    @Test
    void syntaxErrorsShowNoJacksonSourceNotes() {
        for (String json : new String[] {"{\"zhpipe\": 1,\n  \"stages\": [\n  ]]", "{\"stages\": [", "[1, 2"}) {
            SpecException e = assertThrows(SpecException.class, () -> Spec.parse(json, NAME, StageRegistry.standard()));
            FuzzChecks.assertUserMessage(e, json);
            assertTrue(e.getMessage().startsWith(NAME + ":"), e.getMessage());
        }
    }

    private static void assertRoundTrip(Spec spec) {
        String json = spec.toJson();
        assertEquals(spec, Spec.parse(json), json);
        assertEquals(json, Spec.parse(json).toJson());
    }
}
