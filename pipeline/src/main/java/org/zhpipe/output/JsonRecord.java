package org.zhpipe.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.JsonProblem;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.text.Tokens;

/**
 * One JSONL record: a JSON object whose string field {@code field} holds the text. {@link #render} writes it back
 * as compact JSON with that field's value replaced and, optionally, fields zhpipe adds (a {@code "tokens"} array, a
 * {@code "signals"} object), every other field passing through unchanged and in the same order. Numbers are copied
 * as the digits that were read ({@code 1.50} stays {@code 1.50}, {@code 12345678901234567890} stays exact), strings
 * as the same characters (escapes may be written differently, non-ASCII as itself, a lone surrogate as its escape
 * {@code \\ud800}). An input field of the name of an added field is replaced in place; added fields the input lacks
 * follow its last field, in the order given. Duplicate keys make the record invalid.
 *
 * <p>Built by a streaming copy (Jackson's {@link JsonParser} into a {@link JsonGenerator}) that leaves holes for
 * the replaced values, so rendering is concatenation. A line given as UTF-8 bytes is parsed and copied as bytes, with
 * no string of the whole line ever made (the batch runner's JSONL path); a line with an escaped surrogate, or one
 * that is not a valid record, goes through the same copy in characters instead (Jackson's byte generator would pair
 * a lone surrogate with the next character, and the problem's column is counted in characters). A text value
 * without escapes is kept as its bytes ({@link #textUtf8}) and decoded only when {@link #text} is first asked for.
 * Immutable as seen from outside (that decoding caches a string), safe to share once built.
 *
 * <p>It belongs with the output formats: what it keeps of the line is what JSONL output writes around the new text,
 * and {@link FeatureOutput} copies fields the same way. A batch run parses each JSONL line with it, also just to
 * extract the text; a line that is not a record is a {@link RecordProblem}.
 */
public final class JsonRecord {
    private static final String TOKENS = "tokens";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a character outside the BMP as its four bytes, as the character copy writes it, not as two escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** The text, or {@code null} until asked for when the record holds it as {@link #textUtf8}. */
    private @Nullable String text;
    /** The text as the line holds it, when that is its UTF-8 (no escape in it); else {@code null}. */
    private final byte @Nullable [] textUtf8;
    private final String field;
    /** The names whose values are left out of the record, in the order their holes come. */
    private final String[] holeNames;
    /** The record's compact JSON in UTF-8 around the holes: one piece more than there are holes. */
    private final byte[][] pieces;

    private JsonRecord(@Nullable String text, byte @Nullable [] textUtf8, String field, List<String> holeNames,
                       byte[][] pieces) {
        this.text = text;
        this.textUtf8 = textUtf8;
        this.field = field;
        this.holeNames = holeNames.toArray(String[]::new);
        this.pieces = pieces;
    }

    /** Parses a record as {@link #parse(String, String, boolean, String)}, naming the setting {@code field}. */
    static JsonRecord parse(String line, String field, boolean addTokens) throws RecordProblem {
        return parse(line, field, addTokens, "field");
    }

    /**
     * Parses one line.
     *
     * @param field        the field that holds the text
     * @param addTokens    whether {@link #render} will be given tokens (then a hole is left for them)
     * @param fieldSetting how messages name the setting of the text field, e.g. {@code field} or {@code --field}
     * @throws RecordProblem when the line is blank, not valid JSON, not an object, or has no string {@code field}
     */
    public static JsonRecord parse(String line, String field, boolean addTokens, String fieldSetting)
            throws RecordProblem {
        return parse(line, field, addTokens ? List.of(TOKENS) : List.of(), fieldSetting);
    }

    /**
     * Parses one line, leaving room for the fields {@code added}.
     *
     * @param field        the field that holds the text
     * @param added        the fields {@link #render(String, Map)} will be given values of (not {@code field})
     * @param fieldSetting how messages name the setting of the text field, e.g. {@code field} or {@code --field}
     * @throws RecordProblem when the line is blank, not valid JSON, not an object, or has no string {@code field}
     */
    public static JsonRecord parse(String line, String field, List<String> added, String fieldSetting)
            throws RecordProblem {
        if (line.isBlank()) {
            throw new RecordProblem("empty line; each line of JSONL input must be a JSON object such as "
                    + "{\"" + field + "\": \"...\"}");
        }
        StringWriter out = new StringWriter(line.length() + 16);
        try (JsonParser p = JSON.createParser(line); JsonGenerator g = JSON.createGenerator(out)) {
            Copy copy = copy(p, g, () -> out.getBuffer().length(), null, field, added, fieldSetting);
            String json = out.toString();
            byte[][] pieces = new byte[copy.holeAt.size() + 1][];
            int from = 0;
            for (int i = 0; i <= copy.holeAt.size(); i++) {
                int to = i < copy.holeAt.size() ? copy.holeAt.get(i) : json.length();
                pieces[i] = JsonEscapes.escapeLoneSurrogates(json.substring(from, to)).getBytes(StandardCharsets.UTF_8);
                from = to;
            }
            return new JsonRecord(copy.text, null, field, copy.names, pieces);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    /**
     * Parses one line given as well-formed UTF-8 (see {@link org.zhpipe.text.Utf8#isWellFormed}), as
     * {@link #parse(String, String, List, String)} parses its text, to the same record and the same problems.
     */
    public static JsonRecord parse(byte[] utf8, String field, List<String> added, String fieldSetting)
            throws RecordProblem {
        if (copiesAsBytes(utf8)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 16);
            try (JsonParser p = JSON.createParser(utf8); JsonGenerator g = JSON.createGenerator(out)) {
                Copy copy = copy(p, g, out::size, utf8, field, added, fieldSetting);
                g.flush();
                byte[] json = out.toByteArray();
                byte[][] pieces = new byte[copy.holeAt.size() + 1][];
                int from = 0;
                for (int i = 0; i <= copy.holeAt.size(); i++) {
                    int to = i < copy.holeAt.size() ? copy.holeAt.get(i) : json.length;
                    pieces[i] = Arrays.copyOfRange(json, from, to);
                    from = to;
                }
                byte[] raw = copy.rawTo < 0 ? null : Arrays.copyOfRange(utf8, copy.rawFrom, copy.rawTo);
                return new JsonRecord(copy.text, raw, field, copy.names, pieces);
            } catch (IOException | RecordProblem e) {
                // not a valid record: the character copy says why, in the words and columns it always has
            }
        }
        return parse(new String(utf8, StandardCharsets.UTF_8), field, added, fieldSetting);
    }

    /**
     * Whether the byte copy gives what the character copy would: the line starts (after ASCII white space) with
     * {@code {} and no NUL byte is among its first four (Jackson could take it for UTF-16 or UTF-32), and it has no
     * escape that may be a surrogate's ({@code \\uD800} to {@code \\uDFFF}).
     */
    private static boolean copiesAsBytes(byte[] utf8) {
        int i = 0;
        while (i < utf8.length && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\r' || utf8[i] == '\n')) {
            i++;
        }
        if (i == utf8.length || utf8[i] != '{') {
            return false;
        }
        for (int j = 0; j < Math.min(4, utf8.length); j++) {
            if (utf8[j] == 0) {
                return false;
            }
        }
        for (int j = 0; j + 3 < utf8.length; j++) {
            if (utf8[j] == '\\' && utf8[j + 1] == 'u' && (utf8[j + 2] | 0x20) == 'd') {
                byte b = utf8[j + 3];
                if (b >= '8' && b <= '9' || (b | 0x20) >= 'a' && (b | 0x20) <= 'f') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What {@link #copy} found: the text (null when it was left as the bytes {@code [rawFrom, rawTo)} of the line,
     * -1 when not), and the holes' names and positions in the generator's output.
     */
    private record Copy(@Nullable String text, int rawFrom, int rawTo, List<String> names, List<Integer> holeAt) {
    }

    /**
     * Copies the record from {@code p} to {@code g}, leaving a hole for the text field and for each field in
     * {@code added}; {@code position} tells where the generator's output ends once flushed. Given the line's bytes
     * ({@code utf8}, well-formed UTF-8, which {@code p} reads), a text value without escapes or control characters
     * is left as its bytes, not decoded.
     */
    private static Copy copy(JsonParser p, JsonGenerator g, IntSupplier position, byte @Nullable [] utf8,
                             String field, List<String> added, String fieldSetting)
            throws IOException, RecordProblem {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new RecordProblem("not a JSON object but " + describe(first) + "; each line of JSONL input "
                    + "must be an object such as {\"" + field + "\": \"...\"}");
        }
        String text = null;
        boolean found = false;
        int rawFrom = -1;
        int rawTo = -1;
        List<String> names = new ArrayList<>(added.size() + 1);
        List<Integer> at = new ArrayList<>(added.size() + 1);
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(field)) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new RecordProblem("field \"" + field + "\" is " + describe(value) + ", not a string; "
                            + "set " + fieldSetting + " to the field that holds the text");
                }
                int[] raw = utf8 == null || found ? null : unescaped(utf8, p.currentTokenLocation().getByteOffset());
                if (raw != null) {
                    rawFrom = raw[0];
                    rawTo = raw[1];
                } else {
                    text = p.getText();
                }
                found = true;
                names.add(name);
                at.add(hole(g, position, name));
            } else if (added.contains(name)) {
                p.skipChildren();
                names.add(name);
                at.add(hole(g, position, name));
            } else {
                g.writeFieldName(name);
                copyValue(p, g);
            }
        }
        if (!found) {
            throw new RecordProblem("no \"" + field + "\" field; set " + fieldSetting
                    + " to the field that holds the text");
        }
        for (String name : added) {
            if (!names.contains(name)) {
                names.add(name);
                at.add(hole(g, position, name));
            }
        }
        g.writeEndObject();
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new RecordProblem("invalid JSON at column " + p.currentTokenLocation().getColumnNr()
                    + ": unexpected " + describe(trailing) + " after the object; put one object per line");
        }
        g.flush();
        return new Copy(text, rawFrom, rawTo, names, at);
    }

    /**
     * The bytes between the quotes of the JSON string that starts (at its opening quote) at byte {@code quote} of
     * {@code utf8}, as {@code [from, to)}, when they hold no escape and no control character: then they are the
     * string's UTF-8. Else {@code null}.
     */
    private static int @Nullable [] unescaped(byte[] utf8, long quote) {
        if (quote < 0 || quote >= utf8.length || utf8[(int) quote] != '"') {
            return null;
        }
        int from = (int) quote + 1;
        for (int i = from; i < utf8.length; i++) {
            int b = utf8[i];
            if (b == '"') {
                return new int[] {from, i};
            }
            if (b == '\\' || b >= 0 && b < 0x20) {
                return null;
            }
        }
        return null;
    }

    /** The record problem for what Jackson threw. */
    private static RecordProblem problem(IOException e) {
        if (e instanceof StreamReadException read) {
            return new RecordProblem("invalid JSON at column " + read.getLocation().getColumnNr() + ": "
                    + JsonProblem.describe(read));
        }
        if (e instanceof JsonProcessingException json) {
            return new RecordProblem("invalid JSON: " + JsonProblem.describe(json));
        }
        throw new UncheckedIOException(e); // reading a String and writing a StringWriter do not fail otherwise
    }

    /**
     * The value of the record's top-level field {@code field} as an id, in JSON: a string quoted ({@code "a-7"}), a
     * number as written ({@code 17}, {@code 1.5e3}).
     *
     * @throws RecordProblem when the line is not a JSON object, lacks the field, or holds anything else there
     */
    public static String idOf(String line, String field) throws RecordProblem {
        try (JsonParser p = JSON.createParser(line)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RecordProblem("not a JSON object but " + describe(first));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field)) {
                    if (value == JsonToken.VALUE_STRING) {
                        return ResultJson.quote(p.getText());
                    }
                    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                        return p.getText();
                    }
                    throw new RecordProblem("id field \"" + field + "\" is " + describe(value) + "; an id must be a "
                            + "string or a number");
                }
                p.skipChildren();
            }
            throw new RecordProblem("no id field \"" + field + "\"; name the field that holds every record's id, or "
                    + "leave the id field out to name records by file:line");
        } catch (StreamReadException e) {
            throw new RecordProblem("invalid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + JsonProblem.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text field's value. */
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(java.util.Objects.requireNonNull(textUtf8), StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /**
     * The text field's value in UTF-8 as the line holds it, when it holds no escape (only a record parsed from its
     * bytes); else {@code null}. The array is the record's own: do not change it.
     */
    public byte @Nullable [] textUtf8() {
        return textUtf8;
    }

    /**
     * The record as compact JSON with the text replaced by {@code newText} and, when parsed with
     * {@code addTokens}, the tokens added.
     */
    public String render(String newText, Tokens tokens, OffsetUnit unit) {
        boolean withTokens = Arrays.asList(holeNames).contains(TOKENS);
        return render(newText, withTokens ? Map.of(TOKENS, ResultJson.tokensJson(tokens, text(), unit)) : Map.of());
    }

    /**
     * The record as compact JSON with the text replaced by {@code newText} and each added field's value taken from
     * {@code addedJson} (raw JSON, by name).
     *
     * @throws IllegalArgumentException when a field given to {@link #parse(String, String, List, String)} has no
     *                                  value here
     */
    public String render(String newText, Map<String, String> addedJson) {
        return new String(renderUtf8(newText, addedJson), StandardCharsets.UTF_8);
    }

    /** The record as {@link #render(String, Map)} writes it, in UTF-8. */
    public byte[] renderUtf8(String newText, Map<String, String> addedJson) {
        byte[][] values = new byte[holeNames.length][];
        int size = 0;
        for (int i = 0; i < holeNames.length; i++) {
            if (holeNames[i].equals(field)) {
                values[i] = quotedUtf8(newText);
            } else {
                String value = addedJson.get(holeNames[i]);
                if (value == null) {
                    throw new IllegalArgumentException("no value for the added field \"" + holeNames[i] + "\"");
                }
                values[i] = JsonEscapes.escapeLoneSurrogates(value).getBytes(StandardCharsets.UTF_8);
            }
            size += values[i].length;
        }
        for (byte[] piece : pieces) {
            size += piece.length;
        }
        byte[] json = new byte[size];
        int at = 0;
        for (int i = 0; i < pieces.length; i++) {
            System.arraycopy(pieces[i], 0, json, at, pieces[i].length);
            at += pieces[i].length;
            if (i < values.length) {
                System.arraycopy(values[i], 0, json, at, values[i].length);
                at += values[i].length;
            }
        }
        return json;
    }

    /**
     * The record as {@link #renderUtf8(String, Map)} writes it with {@code newTextUtf8} (well-formed UTF-8, no lone
     * surrogate) as the new text, and no added field.
     */
    public byte[] renderUtf8(byte[] newTextUtf8) {
        if (holeNames.length != 1 || !holeNames[0].equals(field)) {
            throw new IllegalArgumentException("the record has fields to add: " + String.join(", ", holeNames));
        }
        for (byte b : newTextUtf8) {
            if (b == '"' || b == '\\' || b >= 0 && b < 0x20) {
                // to be escaped: as the string is
                return renderUtf8(new String(newTextUtf8, StandardCharsets.UTF_8), Map.of());
            }
        }
        byte[] json = new byte[pieces[0].length + newTextUtf8.length + 2 + pieces[1].length];
        System.arraycopy(pieces[0], 0, json, 0, pieces[0].length);
        int at = pieces[0].length;
        json[at++] = '"';
        System.arraycopy(newTextUtf8, 0, json, at, newTextUtf8.length);
        at += newTextUtf8.length;
        json[at++] = '"';
        System.arraycopy(pieces[1], 0, json, at, pieces[1].length);
        return json;
    }

    /**
     * {@code text} as a JSON string in UTF-8, as {@link ResultJson#quote} writes it: by Jackson's string encoder, in
     * one pass; a text with a lone surrogate (which that encoder refuses) through {@code quote}, the surrogate
     * escaped.
     */
    static byte[] quotedUtf8(String text) {
        byte[] inner;
        try {
            inner = JsonStringEncoder.getInstance().quoteAsUTF8(text);
        } catch (IllegalArgumentException loneSurrogate) {
            return JsonEscapes.escapeLoneSurrogates(ResultJson.quote(text)).getBytes(StandardCharsets.UTF_8);
        }
        byte[] quoted = new byte[inner.length + 2];
        quoted[0] = '"';
        System.arraycopy(inner, 0, quoted, 1, inner.length);
        quoted[quoted.length - 1] = '"';
        return quoted;
    }

    /** Writes {@code "name":} and returns where its value goes in the generator's output. */
    private static int hole(JsonGenerator g, IntSupplier position, String name) throws IOException {
        g.writeFieldName(name);
        g.writeRawValue(""); // makes the generator write the ':' and count a value
        g.flush();
        return position.getAsInt();
    }

    /** Copies the value at the parser's current token, however nested, keeping numbers as written. */
    static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
        int depth = 0;
        do {
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    g.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    g.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    g.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    g.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> g.writeFieldName(p.currentName());
                case VALUE_STRING -> g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                case VALUE_TRUE -> g.writeBoolean(true);
                case VALUE_FALSE -> g.writeBoolean(false);
                case VALUE_NULL -> g.writeNull();
                default -> throw new IllegalStateException("unexpected JSON token " + token);
            }
        } while (depth > 0 && p.nextToken() != null);
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
