package org.zhpipe.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.JsonProblem;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.text.Tokens;

/**
 * One JSONL record: a JSON object whose string field {@code field} holds the text. {@link #render} writes it back
 * as compact JSON with that field's value replaced and, optionally, fields zhpipe adds (a {@code "tokens"} array, a
 * {@code "signals"} object), every other field passing through unchanged and in the same order. Numbers are copied as the digits that were read
 * ({@code 1.50} stays {@code 1.50}, {@code 12345678901234567890} stays exact), strings as the same characters
 * (escapes may be written differently, non-ASCII as itself). An input field of the name of an added field is
 * replaced in place; added fields the input lacks follow its last field, in the order given. Duplicate keys make the
 * record invalid.
 *
 * <p>Built by a streaming copy (Jackson's {@link JsonParser} into a {@link JsonGenerator}) that leaves holes for
 * the replaced values, so rendering is string concatenation. Immutable.
 *
 * <p>It belongs with the output formats: what it keeps of the line is what JSONL output writes around the new text,
 * and {@link FeatureOutput} copies fields the same way. A batch run parses each JSONL line with it, also just to
 * extract the text; a line that is not a record is a {@link RecordProblem}.
 */
public final class JsonRecord {
    private static final String TOKENS = "tokens";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final String text;
    private final String skeleton;
    private final String field;
    /** The names whose values are left out of {@link #skeleton}, and where each goes: increasing positions. */
    private final String[] holeNames;
    private final int[] holeAt;

    private JsonRecord(String text, String skeleton, String field, List<String> holeNames, List<Integer> holeAt) {
        this.text = text;
        this.skeleton = skeleton;
        this.field = field;
        this.holeNames = holeNames.toArray(String[]::new);
        this.holeAt = holeAt.stream().mapToInt(Integer::intValue).toArray();
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
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RecordProblem("not a JSON object but " + describe(first) + "; each line of JSONL input "
                        + "must be an object such as {\"" + field + "\": \"...\"}");
            }
            String text = null;
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
                    text = p.getText();
                    names.add(name);
                    at.add(hole(g, out, name));
                } else if (added.contains(name)) {
                    p.skipChildren();
                    names.add(name);
                    at.add(hole(g, out, name));
                } else {
                    g.writeFieldName(name);
                    copyValue(p, g);
                }
            }
            if (text == null) {
                throw new RecordProblem("no \"" + field + "\" field; set " + fieldSetting
                        + " to the field that holds the text");
            }
            for (String name : added) {
                if (!names.contains(name)) {
                    names.add(name);
                    at.add(hole(g, out, name));
                }
            }
            g.writeEndObject();
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new RecordProblem("invalid JSON at column " + p.currentTokenLocation().getColumnNr()
                        + ": unexpected " + describe(trailing) + " after the object; put one object per line");
            }
            g.flush();
            return new JsonRecord(text, out.toString(), field, names, at);
        } catch (StreamReadException e) {
            throw new RecordProblem("invalid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + JsonProblem.describe(e));
        } catch (JsonProcessingException e) {
            throw new RecordProblem("invalid JSON: " + JsonProblem.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String and writing a StringWriter do not fail otherwise
        }
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
        return text;
    }

    /**
     * The record as compact JSON with the text replaced by {@code newText} and, when parsed with
     * {@code addTokens}, the tokens added.
     */
    public String render(String newText, Tokens tokens, OffsetUnit unit) {
        boolean withTokens = Arrays.asList(holeNames).contains(TOKENS);
        return render(newText, withTokens ? Map.of(TOKENS, ResultJson.tokensJson(tokens, text, unit)) : Map.of());
    }

    /**
     * The record as compact JSON with the text replaced by {@code newText} and each added field's value taken from
     * {@code addedJson} (raw JSON, by name).
     *
     * @throws IllegalArgumentException when a field given to {@link #parse(String, String, List, String)} has no
     *                                  value here
     */
    public String render(String newText, Map<String, String> addedJson) {
        StringBuilder sb = new StringBuilder(skeleton.length() + newText.length() + 64);
        int from = 0;
        for (int i = 0; i < holeNames.length; i++) {
            String value = holeNames[i].equals(field) ? ResultJson.quote(newText) : addedJson.get(holeNames[i]);
            if (value == null) {
                throw new IllegalArgumentException("no value for the added field \"" + holeNames[i] + "\"");
            }
            sb.append(skeleton, from, holeAt[i]).append(value);
            from = holeAt[i];
        }
        return JsonEscapes.escapeLoneSurrogates(sb.append(skeleton, from, skeleton.length()).toString());
    }

    /** Writes {@code "name":} and returns where its value goes in {@code out}. */
    private static int hole(JsonGenerator g, StringWriter out, String name) throws IOException {
        g.writeFieldName(name);
        g.writeRawValue(""); // makes the generator write the ':' and count a value
        g.flush();
        return out.getBuffer().length();
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
