package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.stage.FitException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.stage.UnfittedStageException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.testing.FuzzChecks;
import org.zhpipe.testing.TokenAssertions;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Builds a random pipeline in the inline form (stage types and parameter names from the registry, so a new stage type
 * is fuzzed without touching this test; values of each parameter's type, or garbage), fits it when it has a feature
 * stage to fit, and runs it over random text. Only the user errors of the spec, of fitting and of an unfitted stage
 * may escape, with a message for the user; a pipeline that builds processes any text with every text stage keeping
 * its alignment to the original and every token inside the original, in order (in segment's search mode, which emits
 * the words inside a long word after it, in order of start).
 *
 * <p>Parameters that name files get bundled names or a missing file, never a fuzzed path: this target is about the
 * stages, the file readers have targets of their own. Regular expressions come from a list too, valid and invalid
 * ones: a fuzzed one could backtrack for ever, which a user's own pattern may do (see
 * {@code junit-platform.properties} for Jazzer's sanitizer of them). Dictionaries and models load once, through one shared
 * {@link ResourceCache}. Seeds: {@code RandomPipelineFuzzTestInputs/randomPipeline/}.
 */
class RandomPipelineFuzzTest {
    private static final ResourceCache RESOURCES = new ResourceCache();
    private static final StageRegistry REGISTRY = StageRegistry.standard();
    private static final List<String> TYPES = List.copyOf(REGISTRY.names());
    /** Values for the parameters that name resources: bundled names and a file that does not exist. */
    private static final Map<String, List<String>> RESOURCE_VALUES = Map.of(
            "dictionary", List.of("core", "jieba", "no-such-dictionary.txt"),
            "userDictionaries", List.of("no-such-user-dictionary.txt"),
            "files", List.of("no-such-stopwords.txt"),
            "config", List.of("s2t", "t2s", "s2twp", "tw2sp", "hk2s", "jp2t", "no-such-config.json"),
            "idfTable", List.of("jieba", "fit", "no-such-idf.txt"),
            "model", List.of("no-such-vocabulary.tsv"),
            // regular expressions: valid, invalid, none that backtracks without end (a user's own choice)
            "pattern", List.of("", "^\\d+$", "[a-z]+", "\\p{IsHan}{2,}", "(", "[", "a{2,1}", "\\"));

    @FuzzTest
    void randomPipeline(FuzzedDataProvider data) throws Exception {
        String inline = inlineSpec(data);
        String text = data.consumeString(200);
        String other = data.consumeRemainingAsString();
        FuzzChecks.expectOnly(inline + text + other, () -> run(inline, text, other), SpecException.class, FitException.class,
                UnfittedStageException.class);
    }

    private static void run(String inline, String text, String other) {
        Pipeline pipeline = Spec.parseInline(inline, REGISTRY).build(RESOURCES);
        if (pipeline.needsFitting()) {
            pipeline = pipeline.fit(Stream.of(text, other));
        }
        for (Pipeline.Step step : pipeline.trace(text)) {
            assertAlignmentSane(step.text());
        }
        Result result = pipeline.process(text);
        assertAlignmentSane(result.text());
        assertTrue(result.text().original().equals(text), "the original text changed");
        if (inline.contains("search")) {
            // search mode emits the words inside a long word after it: starts never go back, ends may
            assertStartsValid(result.tokens(), text);
        } else {
            TokenAssertions.assertOffsetsValid(result.tokens(), text);
        }
    }

    /** Offsets in bounds, starts monotone (what Lucene requires), no token splitting a surrogate pair. */
    private static void assertStartsValid(Tokens tokens, String original) {
        int lastStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            assertTrue(0 <= s && s <= e && e <= original.length(), () -> "out of bounds: " + tokens);
            assertTrue(s >= lastStart, () -> "start not monotone: " + tokens);
            assertTrue(!splitsPair(original, s) && !splitsPair(original, e), () -> "splits a pair: " + tokens);
            lastStart = s;
        }
    }

    private static boolean splitsPair(String s, int index) {
        return index > 0 && index < s.length()
                && Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index));
    }

    /** One to five stages of random types, each with a few parameters set. */
    private static String inlineSpec(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        int stages = data.consumeInt(1, 5);
        for (int i = 0; i < stages; i++) {
            if (i > 0) {
                sb.append(',');
            }
            StageType<?> type = REGISTRY.get(data.pickValue(TYPES)).orElseThrow();
            sb.append(type.name());
            String separator = ":";
            for (RecordComponent c : type.parameters()) {
                if (data.consumeInt(0, 3) != 0) {
                    continue;
                }
                sb.append(separator).append(c.getName()).append('=').append(value(c, data));
                separator = ";";
            }
        }
        return sb.toString();
    }

    /** A value for parameter {@code c} in the inline form: mostly of its type, sometimes anything. */
    private static String value(RecordComponent c, FuzzedDataProvider data) {
        List<String> resources = RESOURCE_VALUES.get(c.getName());
        if (resources != null) {
            return data.pickValue(resources);
        }
        if (data.consumeInt(0, 7) == 0) {
            return data.consumeString(12);
        }
        Class<?> t = c.getType();
        if (t == boolean.class) {
            return Boolean.toString(data.consumeBoolean());
        } else if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
            return Integer.toString(data.consumeInt(-3, 40));
        } else if (t == double.class || t == Double.class || t == Number.class) {
            return data.consumeBoolean() ? Integer.toString(data.consumeInt(-2, 30))
                    : Double.toString(data.consumeDouble());
        } else if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return ((Enum<?>) constants[data.consumeInt(0, constants.length - 1)]).name().toLowerCase(Locale.ROOT);
        } else if (t == List.class) {
            StringBuilder sb = new StringBuilder();
            int n = data.consumeInt(0, 3);
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 ? "|" : "").append(data.consumeBoolean() ? Integer.toString(data.consumeInt(0, 4))
                        : data.consumeString(6));
            }
            return sb.toString();
        }
        return data.consumeString(12);
    }

    private static void assertAlignmentSane(Text t) {
        int originalLength = t.original().length();
        int lastStart = 0;
        for (int i = 0; i < t.length(); i++) {
            int start = t.originalStart(i);
            int end = t.originalEnd(i + 1);
            assertTrue(0 <= start && start <= end && end <= originalLength, () -> "span of char " + start);
            assertTrue(start >= lastStart, "alignment not monotone");
            lastStart = start;
        }
        assertTrue(t.originalStart(t.length()) <= originalLength, "end of text outside the original");
    }
}
