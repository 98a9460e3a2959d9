package org.zhpipe.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

class JsonRecordTest {
    private static final String RECORD = "{\"id\": 12345678901234567890, \"meta\": {\"price\": 1.50, \"tags\": "
            + "[\"新闻\", null, true, -0.0, 1e5, {\"deep\": [[]]}]}, \"text\": \"中文 text\\n\\u00e9\", "
            + "\"emoji\": \"\\ud83d\\ude00𠀀\", \"z\": false, \"a\": 1.0E-10}";

    @Test
    void anIdIsAStringOrANumberAsWritten() throws RecordProblem {
        assertEquals("\"a-7\"", JsonRecord.idOf("{\"text\":\"x\",\"id\":\"a-7\"}", "id"));
        assertEquals("17", JsonRecord.idOf("{\"meta\":{\"id\":\"inner\"},\"id\":17}", "id"));
        assertEquals("1.5e3", JsonRecord.idOf("{\"id\":1.5e3}", "id"));
        RecordProblem object = org.junit.jupiter.api.Assertions.assertThrows(RecordProblem.class,
                () -> JsonRecord.idOf("{\"id\":{\"n\":1}}", "id"));
        assertEquals("id field \"id\" is an object; an id must be a string or a number", object.getMessage());
        RecordProblem missing = org.junit.jupiter.api.Assertions.assertThrows(RecordProblem.class,
                () -> JsonRecord.idOf("{\"text\":\"x\"}", "id"));
        org.junit.jupiter.api.Assertions.assertTrue(missing.getMessage().startsWith("no id field \"id\""));
    }

    @Test
    void otherFieldsPassThroughExactlyInTheSameOrder() throws RecordProblem {
        JsonRecord r = JsonRecord.parse(RECORD, "text", false);
        assertEquals("中文 text\né", r.text());
        assertEquals("{\"id\":12345678901234567890,\"meta\":{\"price\":1.50,\"tags\":[\"新闻\",null,true,-0.0,1e5,"
                + "{\"deep\":[[]]}]},\"text\":\"NEW\",\"emoji\":\"😀𠀀\",\"z\":false,\"a\":1.0E-10}",
                r.render("NEW", Tokens.empty(), OffsetUnit.UTF16));
    }

    @Test
    void tokensAreAddedAtTheEndOrReplacedInPlace() throws RecordProblem {
        Tokens tokens = Tokens.builder(1).add("中", 0, 1, TokenType.WORD).build();
        assertEquals("{\"text\":\"中\",\"n\":1,\"tokens\":[{\"text\":\"中\",\"start\":0,\"end\":1}]}",
                JsonRecord.parse("{\"text\":\"x\",\"n\":1}", "text", true).render("中", tokens, OffsetUnit.UTF16));
        assertEquals("{\"tokens\":[{\"text\":\"中\",\"start\":0,\"end\":1}],\"body\":\"中\",\"n\":1}",
                JsonRecord.parse("{\"tokens\":[\"old\"],\"body\":\"x\",\"n\":1}", "body", true)
                        .render("中", tokens, OffsetUnit.UTF16));
        assertEquals("{\"tokens\":[\"old\"],\"body\":\"中\"}",
                JsonRecord.parse("{\"tokens\":[\"old\"],\"body\":\"x\"}", "body", false)
                        .render("中", tokens, OffsetUnit.UTF16));
    }

    @Test
    void theProcessedTextIsEscapedAsJson() throws RecordProblem {
        assertEquals("{\"text\":\"a\\\"b\\\\c\\td\"}",
                JsonRecord.parse("{\"text\":\"x\"}", "text", false)
                        .render("a\"b\\c\td", Tokens.empty(), OffsetUnit.UTF16));
    }

    private static String problem(String line) {
        return assertThrows(RecordProblem.class, () -> JsonRecord.parse(line, "text", false)).getMessage();
    }

    @Test
    void aMissingOrNonStringFieldNamesTheFieldAndSuggestsField() {
        assertEquals("no \"text\" field; set field to the field that holds the text",
                problem("{\"content\": \"你好\"}"));
        assertEquals("field \"text\" is a number, not a string; set field to the field that holds the text",
                problem("{\"text\": 42}"));
        assertEquals("field \"text\" is null, not a string; set field to the field that holds the text",
                problem("{\"text\": null}"));
    }

    @Test
    void invalidJsonSaysWhereAndWhat() {
        String truncated = problem("{\"text\": \"abc\"");
        assertTrue(truncated.startsWith("invalid JSON at column "), truncated);
        assertEquals("invalid JSON at column 15: the text ends too early: a closing } or ] is missing", truncated);
        assertEquals("invalid JSON at column 10: NaN is not a JSON value (JSON has no NaN or Infinity): write a "
                + "number, e.g. 0.5, or a string", problem("{\"x\": NaN, \"text\": \"a\"}"));
        String garbage = problem("{\"text\": nope}");
        assertTrue(garbage.startsWith("invalid JSON at column 14: Unrecognized token 'nope'"), garbage);
        assertTrue(problem("{\"text\": \"a\"} {}").startsWith("invalid JSON at column 15: unexpected an object"));
        assertTrue(problem("{\"text\": \"a\", \"text\": \"b\"}").contains("Duplicate field 'text'"));
        assertTrue(!garbage.contains("\n"));
    }

    @Test
    void aLineThatIsNotAnObjectOrBlankIsBad() {
        assertEquals("not a JSON object but an array; each line of JSONL input must be an object such as "
                + "{\"text\": \"...\"}", problem("[1, 2]"));
        assertTrue(problem("\"just a string\"").startsWith("not a JSON object but a string;"));
        assertEquals("empty line; each line of JSONL input must be a JSON object such as {\"text\": \"...\"}",
                problem("  "));
    }

    private static final String[] STRING_PARTS = {"a", "中文", "😀", "𠀀", " ", "\\n", "\\\"", "\\\\", "\\/",
            "\\u00e9", "\\u4e2d", "\\ud83d\\ude00", "\\ud800", "\\udc00x", "\\uDBFF", "\\u0000", "\\u2028", "\u00e9",
            "\uFFFD", "\\t", "\u007f"};
    private static final String[] NUMBERS = {"0", "-0", "1.50", "-0.0", "1e5", "1.0E-10", "12345678901234567890",
            "3"};
    private static final String[] SPACES = {"", "", " ", "\t", "  "};

    private static String randomString(java.util.Random random) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = random.nextInt(4); i > 0; i--) {
            sb.append(STRING_PARTS[random.nextInt(STRING_PARTS.length)]);
        }
        return sb.append('"').toString();
    }

    private static String randomValue(java.util.Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 5 : 7);
        return switch (kind) {
            case 0, 1 -> randomString(random);
            case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 3 -> new String[] {"true", "false", "null"}[random.nextInt(3)];
            case 4 -> "[]";
            case 5 -> "[" + randomValue(random, depth + 1) + "," + SPACES[random.nextInt(SPACES.length)]
                    + randomValue(random, depth + 1) + "]";
            default -> "{" + randomString(random) + ":" + randomValue(random, depth + 1) + "}";
        };
    }

    @Test
    void aLineParsedFromItsBytesIsTheRecordOfItsText() throws RecordProblem {
        java.util.Random random = new java.util.Random(5);
        String[] names = {"id", "meta", "tokens", "signals", "url", "\\u0074ext", "n😀", "text"};
        int records = 0;
        int unescaped = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder line = new StringBuilder(SPACES[random.nextInt(SPACES.length)]).append('{');
            int fields = random.nextInt(5);
            java.util.Set<String> used = new java.util.HashSet<>();
            boolean first = true;
            for (int i = 0; i < fields; i++) {
                String name = names[random.nextInt(names.length)];
                if (!used.add(name) && random.nextInt(8) != 0) {
                    continue; // now and then a duplicate key, which is a problem
                }
                String value = name.equals("text") && random.nextInt(6) != 0 ? randomString(random)
                        : randomValue(random, 0);
                line.append(first ? "" : ",").append(SPACES[random.nextInt(SPACES.length)]).append('"').append(name)
                        .append("\":").append(SPACES[random.nextInt(SPACES.length)]).append(value);
                first = false;
            }
            line.append('}');
            String text = line.toString();
            switch (random.nextInt(10)) {
                case 0 -> text = text.substring(0, random.nextInt(text.length())); // cut short
                case 1 -> text = text + " {}";
                case 2 -> text = "\uFEFF" + text;
                case 3 -> text = text.replaceFirst("\\{", "{\u0000");
                default -> { }
            }
            java.util.List<String> added = random.nextBoolean() ? java.util.List.of("tokens", "signals")
                    : java.util.List.of();
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            JsonRecord fromText;
            try {
                fromText = JsonRecord.parse(text, "text", added, "field");
            } catch (RecordProblem expected) {
                RecordProblem fromBytes = assertThrows(RecordProblem.class,
                        () -> JsonRecord.parse(bytes, "text", added, "field"), text);
                assertEquals(expected.getMessage(), fromBytes.getMessage(), text);
                continue;
            }
            JsonRecord fromBytes = JsonRecord.parse(bytes, "text", added, "field");
            assertEquals(fromText.text(), fromBytes.text(), text);
            java.util.Map<String, String> values = java.util.Map.of("tokens", "[\"中\"]", "signals", "{\"s\":1}");
            String newText = random.nextBoolean() ? fromText.text() : "新\ud800文 \"😀\"";
            assertEquals(fromText.render(newText, values), fromBytes.render(newText, values), text);
            if (added.isEmpty() && fromBytes.textUtf8() != null) {
                // a text without escapes is kept as its bytes, and rendered from bytes as from its string
                assertArrayEquals(fromText.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        fromBytes.textUtf8(), text);
                String plain = random.nextBoolean() ? fromText.text() : "新文 \"😀\\\n\u0001/";
                assertEquals(fromText.render(plain, java.util.Map.of()), new String(fromBytes.renderUtf8(
                        plain.getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.nio.charset.StandardCharsets.UTF_8),
                        text);
                unescaped++;
            }
            records++;
        }
        assertTrue(records > 2_000, "records: " + records);
        assertTrue(unescaped > 200, "texts kept as bytes: " + unescaped);
    }

    @Test
    void aTextIsQuotedInUtf8AsJacksonsGeneratorQuotesIt() {
        java.util.Random random = new java.util.Random(8);
        char[] pool = {'a', '"', '\\', '/', '\u0000', '\u0001', '\u001f', '\u007f', '\u2028', '\u00e9', '中', '\ud83d',
                '\ude00', '\ud800', '\udfff', '\n', '\t', '\r', '\b', '\f', ' '};
        for (int trial = 0; trial < 20_000; trial++) {
            char[] text = new char[random.nextInt(8)];
            for (int i = 0; i < text.length; i++) {
                text[i] = pool[random.nextInt(pool.length)];
            }
            String s = new String(text);
            assertEquals(JsonEscapes.escapeLoneSurrogates(ResultJson.quote(s)),
                    new String(JsonRecord.quotedUtf8(s), java.nio.charset.StandardCharsets.UTF_8), s);
        }
    }
}
