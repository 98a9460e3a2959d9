package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.stage.Pipeline;

/** Specs and the files they name cannot make zhpipe read without end, hang, or hide a check. */
class SpecLimitsTest {
    @TempDir
    Path dir;

    private static String error(Runnable build) {
        return assertThrows(SpecException.class, build::run).getMessage();
    }

    @Test
    void aDeviceAsTheSpecOrAsADataFileIsAClearErrorAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals("/dev/zero: cannot read the spec file: it is a device, not a file: give the path of the "
                    + "file", error(() -> Spec.read(Path.of("/dev/zero"))));
            assertEquals("inline:1:25: stages[1].files: /dev/zero: cannot read: it is a device, not a file: give the "
                    + "path of the file", error(() -> Spec.parseInline("segment,stopwords:files=/dev/zero").build()));
            assertEquals("inline:1:20: stages[0].dictionary: /dev/zero: cannot read: it is a device, not a file: "
                    + "give the path of the file", error(() -> Spec.parseInline("segment:dictionary=/dev/zero")
                    .build()));
        });
    }

    @Test
    void aSpecThatIsNotUtf8SaysWhere() throws IOException {
        Path spec = Files.write(dir.resolve("spec.json"), new byte[] {'{', '\n', ' ', (byte) 0xC4, (byte) 0xE3});
        assertEquals(spec + ":2:2: the spec is not valid UTF-8 (byte 0xC4 at byte offset 3): save it as UTF-8",
                error(() -> Spec.read(spec)));
    }

    @Test
    void anEmptyStageListIsRefusedLikeAnEmptyInlineSpec() {
        assertEquals("spec:1:15: stages: no stages; list at least one, e.g. \"stages\": [{\"type\": \"halfwidth\"}] "
                + "(as -p '' is refused too)", error(() -> Spec.parse("{\"zhpipe\": 1, \"stages\": []}", "spec",
                StageRegistry.standard())));
        assertEquals("inline:1:1: stages: no stages; write them separated by commas, e.g. "
                + "\"halfwidth,lowercase,filter:cjk_ascii\"", error(() -> Spec.parseInline("")));
    }

    @Test
    void jsonErrorsAreInZhpipesWords() {
        String nan = error(() -> Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"hashing_tf\", \"bits\": NaN}]}",
                "spec", StageRegistry.standard()));
        assertEquals("spec:1:60: invalid JSON: NaN is not a JSON value (JSON has no NaN or Infinity): write a number, "
                + "e.g. 0.5, or a string", nan);
        String open = error(() -> Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}]", "spec",
                StageRegistry.standard()));
        assertEquals("spec:1:48: invalid JSON: the text ends too early: a closing } or ] is missing", open);
        String deep = error(() -> Spec.parse("[".repeat(2000), "spec", StageRegistry.standard()));
        assertEquals("spec: invalid JSON: too large: nesting 1001 levels deep: at most 1000 are read", deep);
        String longNumber = error(() -> Spec.parse("{\"zhpipe\": " + "9".repeat(2000) + "}", "spec",
                StageRegistry.standard()));
        assertEquals("spec: invalid JSON: too large: a number of 2000 digits: at most 1000 are read", longNumber);
    }

    @Test
    void ngramsAreBounded() {
        assertEquals("inline:1:26: stages[1].ngram: expected [min, max] with 1 ≤ min ≤ max ≤ 10, such as [1, 2] for "
                + "words and pairs of words (inline: ngram=1|2), got [1, 2000000000]",
                error(() -> Spec.parseInline("segment,hashing_tf:ngram=1|2000000000").build()));
    }

    @Test
    void aFittedModelWithoutItsChecksumIsRefused() {
        String json = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"bow\", \"model\": "
                + "\"fitted.vocab.tsv\", \"modelDocuments\": 3%s}]}";
        String expected = "spec:1:%d: stages[1].modelSha256: missing: a fitted model records its vocabulary file's "
                + "SHA-256, so that a changed or swapped file is noticed; restore the value fitting wrote "
                + "(FittedSpec.write), or fit again";
        assertEquals(String.format(expected, 48), error(() -> Spec.parse(String.format(json, ""), "spec",
                StageRegistry.standard())));
        assertEquals(String.format(expected, 114), error(() -> Spec.parse(String.format(json,
                ", \"modelSha256\": \"\""), "spec", StageRegistry.standard())));
    }

    @Test
    void userPatternsRunInLinearTime() {
        Pipeline pipeline = Spec.parseInline("tokenize,token_filter:pattern=(.*a){20}").build();
        String token = "a".repeat(5_000) + "b";
        List<String> terms = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> pipeline.process(token + " " + "a".repeat(25)).tokens().terms());
        assertEquals(List.of(token), terms, "the all-a token matches and is dropped; the other stays");
    }
}
