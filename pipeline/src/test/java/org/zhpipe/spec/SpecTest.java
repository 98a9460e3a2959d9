package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.NoParams;
import org.zhpipe.stage.type.StageType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhpipe.normalize.FilterStage;
import org.zhpipe.normalize.NfkcStage;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;

class SpecTest {
    /** One example of every standard stage type, as {@link Spec#toJson()} writes it. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("halfwidth", "{\"type\": \"halfwidth\", \"nfkc\": true}"),
            Map.entry("lowercase", "{\"type\": \"lowercase\", \"mode\": \"fold\"}"),
            Map.entry("html_unescape", "{\"type\": \"html_unescape\"}"),
            Map.entry("whitespace", "{\"type\": \"whitespace\", \"collapse\": true, \"trim\": false, "
                    + "\"keepNewlines\": true, \"invisible\": \"[\\\\u200B]\"}"),
            Map.entry("convert", "{\"type\": \"convert\", \"config\": \"s2twp\", \"tofu\": false}"),
            Map.entry("filter", "{\"type\": \"filter\", \"keep\": \"cjk_ascii\", \"replacement\": \"_\", "
                    + "\"stripTrailingStop\": true}"),
            Map.entry("pii", "{\"type\": \"pii\", \"types\": [\"phone\", \"id_card\", \"email\"], "
                    + "\"placeholders\": [\"phone=<TEL>\"]}"),
            Map.entry("segment", "{\"type\": \"segment\", \"algorithm\": \"bimm\", \"hmm\": false, "
                    + "\"mode\": \"search\", \"pos\": true, \"dictionary\": \"jieba\", \"userDictionaries\": [], "
                    + "\"numberUnits\": false, \"discover\": {\"minCount\": 3.0}, \"model\": \"\", \"modelDocuments\": 0, "
                    + "\"modelSha256\": \"\"}"),
            Map.entry("tokenize", "{\"type\": \"tokenize\"}"),
            Map.entry("stopwords", "{\"type\": \"stopwords\", \"lists\": [\"zh\", \"punct\"], \"files\": [], "
                    + "\"add\": [\"转发\"], \"remove\": [\"不\"]}"),
            Map.entry("token_filter", "{\"type\": \"token_filter\", \"punctuation\": true, \"symbols\": true, "
                    + "\"numbers\": false, \"minLength\": 2, \"maxLength\": 0, \"tags\": [\"w\", \"u*\"], "
                    + "\"pattern\": \"[a-z]\", \"placeholders\": [\"url\", \"email\"]}"),
            Map.entry("lemmatize", "{\"type\": \"lemmatize\", \"english\": false, \"chinese\": true, "
                    + "\"keepOriginal\": true, \"exceptions\": [\"哥们\"]}"),
            Map.entry("quality", "{\"type\": \"quality\", \"preset\": \"fineweb2\", \"min\": {\"hanShare\": 0.3}, "
                    + "\"max\": {}, \"signals\": [\"chars\"], \"words\": true, \"stopwords\": [\"zh\"], "
                    + "\"flaggedWords\": [], \"countedStopwords\": [\"的\"]}"),
            Map.entry("lines", "{\"type\": \"lines\", \"minLength\": 2, \"maxLength\": 0, \"minHanShare\": 0.5, "
                    + "\"patterns\": [\"^广告\"], \"boilerplate\": true, \"dropRepeated\": true, \"dropBlank\": false, "
                    + "\"cutUnfinished\": false}"),
            Map.entry("script", "{\"type\": \"script\", \"keep\": [\"simplified\", \"chinese\"], "
                    + "\"minority\": 0.2}"),
            Map.entry("lang", "{\"type\": \"lang\", \"keep\": [\"zh\", \"en\"], \"minScore\": 0.1, "
                    + "\"maxChars\": 500}"),
            Map.entry("bow", "{\"type\": \"bow\", \"ngram\": [1, 2], \"minDf\": 2, \"maxDf\": 0.9, "
                    + "\"maxFeatures\": 1000, \"vocabulary\": [], \"binary\": true, \"pruneAt\": 500000, "
                    + "\"model\": \"\", \"modelDocuments\": 0, \"modelSha256\": \"\"}"),
            Map.entry("tfidf", "{\"type\": \"tfidf\", \"ngram\": [1, 1], \"minDf\": 0.01, \"maxDf\": 100, "
                    + "\"maxFeatures\": 0, \"vocabulary\": [], \"binary\": false, \"norm\": \"l1\", "
                    + "\"useIdf\": true, \"smoothIdf\": true, \"sublinearTf\": true, \"idf\": \"spark\", "
                    + "\"pruneAt\": 2000000, \"model\": \"\", \"modelDocuments\": 0, \"modelSha256\": \"\"}"),
            Map.entry("hashing_tf", "{\"type\": \"hashing_tf\", \"bits\": 18, \"hash\": \"spark\", \"signed\": false, "
                    + "\"ngram\": [1, 2], \"binary\": false, \"norm\": \"none\"}"),
            Map.entry("keywords", "{\"type\": \"keywords\", \"top\": 5, \"minLength\": 1, \"idfTable\": \"fit\", "
                    + "\"pruneAt\": 2000000, \"model\": \"\", \"modelDocuments\": 0, \"modelSha256\": \"\"}"));

    @Test
    void registryListsEveryStageType() {
        assertEquals(List.of("halfwidth", "lowercase", "html_unescape", "whitespace", "convert", "filter", "pii",
                        "segment", "tokenize", "stopwords", "token_filter", "lemmatize", "lines", "quality", "script",
                        "lang", "bow", "tfidf", "hashing_tf",
                        "keywords"),
                List.copyOf(StageRegistry.standard().names()));
        assertEquals(EXAMPLES.keySet(), Set.copyOf(StageRegistry.standard().names()));
    }

    @Test
    void exactJsonOfOneExamplePerStageType() {
        for (var example : EXAMPLES.entrySet()) {
            Spec spec = Spec.parse("{\"zhpipe\": 1, \"stages\": [" + example.getValue() + "]}");
            if (example.getValue().indexOf('{', 1) < 0) {
                String expected = "{\n  \"zhpipe\": 1,\n  \"stages\": [\n" + prettyStage(example.getValue())
                        + "\n  ]\n}\n";
                assertEquals(expected, spec.toJson(), example.getKey());
            } else if (example.getKey().equals("segment")) {
                assertTrue(spec.toJson().contains("\"discover\": {\n        \"minCount\": 3.0\n      },\n      \"model\": \"\","),
                        spec.toJson());
            } else {
                // objects inside: pretty-printed by Jackson, read back the same
                assertTrue(spec.toJson().contains("\"min\": {\n        \"hanShare\": 0.3\n      },\n      \"max\": {},"),
                        spec.toJson());
            }
            assertEquals(spec, Spec.parse(spec.toJson()), example.getKey());
            StageKind kind = spec.stages().get(0).type().kind();
            boolean tokenStage = kind == StageKind.TOKEN || kind == StageKind.FEATURE
                    || example.getKey().equals("quality");
            String segmenter = "{\"type\": \"segment\", \"pos\": true}, "; // token_filter's example filters by tags
            (tokenStage ? Spec.parse("{\"stages\": [" + segmenter + example.getValue() + "]}") : spec).build();
        }
    }

    /** One example as {@link Spec#toJson()} indents it: a field per line, the items of a non-empty list too. */
    private static String prettyStage(String example) {
        StringBuilder out = new StringBuilder("    {\n      ");
        boolean inString = false;
        boolean inList = false;
        for (int i = 1; i < example.length() - 1; i++) {
            char c = example.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(example.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '[' && example.charAt(i + 1) == ']') {
                out.append("[]");
                i++;
            } else if (c == '[') {
                inList = true;
                out.append("[\n        ");
            } else if (c == ']') {
                inList = false;
                out.append("\n      ]");
            } else if (c == ',') {
                out.append(inList ? ",\n        " : ",\n      ");
                i++; // the space after the comma
            } else {
                out.append(c);
            }
        }
        return out.append("\n    }").toString();
    }

    @Test
    void defaultsAreWrittenOut() {
        assertEquals("{\n  \"zhpipe\": 1,\n  \"stages\": [\n    {\n      \"type\": \"halfwidth\",\n      \"nfkc\": false\n"
                + "    },\n    {\n      \"type\": \"filter\",\n      \"keep\": \"cjk_ascii\",\n      \"replacement\": \"\",\n"
                + "      \"stripTrailingStop\": false\n    }\n  ]\n}\n",
                Spec.parseInline("halfwidth,filter:cjk_ascii").toJson());
    }

    @Test
    void roundTrip() {
        String all = EXAMPLES.values().stream().collect(Collectors.joining(", "));
        Spec spec = Spec.parse("{\"zhpipe\": 1, \"description\": \"everything\", \"stages\": [" + all + "]}");
        Spec again = Spec.parse(spec.toJson());
        assertEquals(spec, again);
        assertEquals(spec.toJson(), again.toJson());
        assertEquals("everything", again.description());
    }

    @Test
    void inlineFormEqualsTheJsonForm() {
        Spec inline = Spec.parseInline("halfwidth:nfkc, lowercase:fold, filter:keep=[\\p{Script=Han},];replacement=_,"
                + "whitespace:keepNewlines;trim=false,tokenize");
        Spec json = Spec.parse("{\"stages\": [{\"type\": \"halfwidth\", \"nfkc\": true}, {\"type\": \"lowercase\", "
                + "\"mode\": \"fold\"}, {\"type\": \"filter\", \"keep\": \"[\\\\p{Script=Han},]\", \"replacement\": \"_\"},"
                + " {\"type\": \"whitespace\", \"keepNewlines\": true, \"trim\": false}, {\"type\": \"tokenize\"}]}");
        assertEquals(json, inline);
        assertEquals("[\\p{Script=Han},]", ((FilterStage.Params) inline.stages().get(2).params()).keep());
    }

    @Test
    void primaryParameterOfEachStage() {
        StageRegistry registry = StageRegistry.standard();
        Map<String, String> primaries = registry.types().stream()
                .filter(t -> t.primary() != null)
                .collect(Collectors.toMap(StageType::name, StageType::primary));
        assertEquals(Map.ofEntries(Map.entry("halfwidth", "nfkc"), Map.entry("lowercase", "mode"),
                        Map.entry("convert", "config"), Map.entry("filter", "keep"), Map.entry("pii", "types"),
                        Map.entry("segment", "algorithm"), Map.entry("stopwords", "lists"),
                        Map.entry("hashing_tf", "bits"), Map.entry("keywords", "top"), Map.entry("quality", "preset"),
                        Map.entry("script", "keep"), Map.entry("lang", "keep")),
                primaries);
    }

    @Test
    void builtPipelineRunsTheIssueExample() {
        Pipeline p = Spec.parseInline("halfwidth").build();
        assertEquals("ABC123,你好 世界!", p.process("ＡＢＣ１２３，你好　世界！").output());
        assertInstanceOf(NfkcStage.class, Spec.parseInline("halfwidth:nfkc").build().stages().get(0).stage());
    }

    @Test
    void presetsBehaveAsDocumented() {
        Pipeline cjkAscii = Spec.parseInline("filter:cjk_ascii").build();
        assertEquals("AB 你好!", cjkAscii.process("AB 你好😀！!").output());
        Pipeline letters = Spec.parseInline("filter:han_letters_digits;stripTrailingStop=true").build();
        assertEquals("你好 ABC123𠀀", letters.process("你好 ABC，123𠀀。").output());
    }

    /** A library user's own stage type: registered in a registry of their own, no global state. */
    record ReverseParams(@Doc("reverse code points, not chars") boolean codePoints) {
        static final ReverseParams DEFAULTS = new ReverseParams(true);
    }

    @Test
    void libraryUsersRegisterTheirOwnStageTypes() {
        StageType<ReverseParams> reverse = StageType.of("reverse", StageKind.TEXT, "Reverses the text.",
                ReverseParams.DEFAULTS, "codePoints",
                p -> (TextStage) text -> Text.of(new StringBuilder(text.current()).reverse().toString()));
        StageRegistry registry = StageRegistry.standard().with(reverse);
        Pipeline p = Spec.parse("{\"stages\": [{\"type\": \"halfwidth\"}, {\"type\": \"reverse\"}]}", registry).build();
        assertEquals("CBA", p.process("ＡＢＣ").output());
        assertEquals("cba", Spec.parseInline("reverse,lowercase", registry).build().process("ABC").output());
        // the standard registry is untouched
        assertThrows(SpecException.class, () -> Spec.parseInline("reverse"));
        assertThrows(IllegalArgumentException.class, () -> registry.with(reverse));
    }

    @Test
    void customTokenStageBeforeASegmenterIsRejected() {
        StageType<NoParams> dropAll = StageType.of("drop_all", StageKind.TOKEN, "Drops every token.",
                NoParams.DEFAULTS, null, p -> (org.zhpipe.stage.TokenStage) (tokens, text) ->
                        org.zhpipe.text.Tokens.empty());
        StageRegistry registry = StageRegistry.standard().with(dropAll);
        SpecException e = assertThrows(SpecException.class,
                () -> Spec.parseInline("halfwidth,drop_all,tokenize", registry).build());
        assertEquals("inline:1:11: stages[1].type: token stage \"drop_all\" needs tokens, but no segmenter comes "
                + "before it: add a segmenter such as {\"type\": \"tokenize\"} before it", e.getMessage());
        assertEquals("", Spec.parseInline("tokenize,drop_all", registry).build().process("你好").output());
    }

    @Test
    void convertStageKeepsOffsetsThroughLengthChanges() {
        Pipeline p = Spec.parseInline("convert:tw2sp,tokenize").build();
        org.zhpipe.stage.Result r = p.process("記憶體不足");
        assertEquals("内存不足", r.text().current());
        assertEquals(List.of("内", "存", "不", "足"), r.tokens().terms());
        assertEquals(0, r.tokens().start(0));
        assertEquals(3, r.tokens().end(1));
        assertEquals(3, r.tokens().start(2));
    }
}
