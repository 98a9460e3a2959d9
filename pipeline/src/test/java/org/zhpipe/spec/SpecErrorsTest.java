package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The exact text of the main errors: users read these, so they are part of the contract. */
class SpecErrorsTest {
    private static String jsonError(String json) {
        return assertThrows(SpecException.class, () -> Spec.parse(json).build()).getMessage();
    }

    private static String inlineError(String inline) {
        return assertThrows(SpecException.class, () -> Spec.parseInline(inline).build()).getMessage();
    }

    @Test
    void unknownTypeSuggestsTheClosest() {
        SpecException e = assertThrows(SpecException.class,
                () -> Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidht\"}]}"));
        assertEquals("stages[0].type", e.path());
        assertEquals(new Location(1, 27), e.location());
        assertEquals("spec:1:27: stages[0].type: unknown stage type \"halfwidht\"; did you mean \"halfwidth\"? "
                + "Known types: halfwidth, lowercase, html_unescape, whitespace, convert, filter, pii, segment, tokenize, "
                + "stopwords, token_filter, lemmatize, lines, quality, script, lang, bow, tfidf, hashing_tf, keywords", e.getMessage());
    }

    @Test
    void unknownParameter() {
        assertEquals("spec:3:22: stages[1].kep: unknown parameter \"kep\" for stage \"filter\"; did you mean \"keep\"? "
                        + "Its parameters: keep, replacement, stripTrailingStop",
                jsonError("{\"zhpipe\": 1, \"stages\": [\n  {\"type\": \"halfwidth\"},\n"
                        + "  {\"type\": \"filter\", \"kep\": \"cjk_ascii\"}]}"));
    }

    @Test
    void wrongValueType() {
        assertEquals("spec:1:48: stages[0].nfkc: expected true or false, got \"yes\" (a string)",
                jsonError("{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\", \"nfkc\": \"yes\"}]}"));
        assertEquals("spec:1:48: stages[0].mode: unknown value \"folding\" (a string); did you mean \"fold\"? "
                        + "Expected one of: lower, fold",
                jsonError("{\"zhpipe\": 1, \"stages\": [{\"type\": \"lowercase\", \"mode\": \"folding\"}]}"));
    }

    @Test
    void invalidUnicodeSetPattern() {
        String message = jsonError("{\"stages\": [{\"type\": \"filter\", \"keep\": \"[a-\"}]}");
        assertEquals(true, message.startsWith("spec:1:32: stages[0].keep: invalid UnicodeSet pattern \"[a-\": "),
                message);
        assertEquals("spec:1:32: stages[0].keep: unknown preset \"cjk_ascci\"; did you mean \"cjk_ascii\"? Presets: "
                        + "cjk_ascii, han_letters_digits; or give a UnicodeSet pattern such as \"[[:Han:][:Latin:]]\"",
                jsonError("{\"stages\": [{\"type\": \"filter\", \"keep\": \"cjk_ascci\"}]}"));
    }

    @Test
    void missingRequiredParameter() {
        assertEquals("spec:1:13: stages[0]: stage \"filter\" needs the parameter \"keep\": what to keep: a preset "
                        + "(cjk_ascii, han_letters_digits) or an ICU UnicodeSet pattern such as "
                        + "\"[[:Han:][:Latin:][:Nd:]]\"; required (inline: filter:value)",
                jsonError("{\"stages\": [{\"type\": \"filter\"}]}"));
    }

    @Test
    void invalidValueFromTheRecordConstructor() {
        assertEquals("spec:1:53: stages[0].replacement: expected one character or the empty string, got \"ab\" "
                        + "(2 characters)",
                jsonError("{\"stages\": [{\"type\": \"filter\", \"keep\": \"cjk_ascii\", \"replacement\": \"ab\"}]}"));
    }

    @Test
    void stageInAnImpossiblePosition() {
        assertEquals("spec:1:36: stages[1].type: text stage \"lowercase\" comes after the segmenter \"tokenize\"; "
                        + "text stages run on the text before it is segmented: move it before stages[0]",
                jsonError("{\"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"lowercase\"}]}"));
    }

    @Test
    void structuralMistakes() {
        assertEquals("spec:1:2: invalid JSON: unexpected character 's' (U+0073): was expecting double-quote to "
                + "start field name", jsonError("{stages: []}"));
        assertEquals("spec:1:1: missing \"stages\": a spec lists its stages, e.g. {\"zhpipe\": 1, \"stages\": "
                + "[{\"type\": \"halfwidth\"}]}", jsonError("{\"zhpipe\": 1}"));
        assertEquals("spec:1:2: stage: unknown field \"stage\"; did you mean \"stages\"? A spec has the fields: "
                + "zhpipe, description, stages", jsonError("{\"stage\": []}"));
        assertEquals("spec:1:2: zhpipe: unsupported spec version 2 (a number); this zhpipe reads version 1: write "
                + "\"zhpipe\": 1", jsonError("{\"zhpipe\": 2, \"stages\": []}"));
        assertEquals("spec:1:13: stages[0]: missing \"type\"; every stage names its type, e.g. {\"type\": "
                + "\"halfwidth\"}", jsonError("{\"stages\": [{\"nfkc\": true}]}"));
        assertEquals("spec:1:1: the spec is empty; expected {\"zhpipe\": 1, \"stages\": [...]}", jsonError("  "));
    }

    @Test
    void inlineErrorsUseTheSameMessagesWithColumns() {
        assertEquals("inline:1:11: stages[1].type: unknown stage type \"lowercse\"; did you mean \"lowercase\"? "
                        + "Known types: halfwidth, lowercase, html_unescape, whitespace, convert, filter, pii, segment, tokenize, "
                        + "stopwords, token_filter, lemmatize, lines, quality, script, lang, bow, tfidf, hashing_tf, keywords",
                inlineError("halfwidth,lowercse"));
        assertEquals("inline:1:19: stages[1].keep: unknown preset \"cjk\"; did you mean \"cjk_ascii\"? Presets: cjk_ascii, han_letters_digits; "
                        + "or give a UnicodeSet pattern such as \"[[:Han:][:Latin:]]\"",
                inlineError("halfwidth, filter:cjk"));
        assertEquals("inline:1:12: stages[0].:: stage \"whitespace\" has no primary parameter, so \"trimm\" cannot be "
                        + "given alone; did you mean \"trim\"? Write whitespace:name=value; its parameters: collapse, "
                        + "trim, keepNewlines, invisible",
                inlineError("whitespace:trimm"));
        assertEquals("inline:1:11: stages[1]: empty stage (two commas in a row, or a comma at an end); remove it",
                inlineError("halfwidth,,lowercase"));
        assertEquals("inline:1:16: stages[0].nfkc: expected true or false, got \"maybe\" (a string)",
                inlineError("halfwidth:nfkc=maybe"));
    }

    @Test
    void convertConfigurations() {
        assertEquals("inline:1:9: stages[0].config: unknown OpenCC configuration \"s2tww\"; did you mean \"s2tw\"? "
                        + "Bundled: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, t2tw, tw2t, t2hk, hk2t, "
                        + "t2jp, jp2t; or the path of an OpenCC configuration JSON",
                inlineError("convert:s2tww"));
        String missing = inlineError("convert:/nonexistent/my.json");
        assertEquals(true, missing.startsWith("inline:1:9: stages[0].config: "), missing);
        assertEquals(true, missing.contains("/nonexistent/my.json"), missing);
    }
}
