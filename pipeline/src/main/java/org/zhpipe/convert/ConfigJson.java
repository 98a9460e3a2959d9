package org.zhpipe.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a configuration's JSON into plain values ({@link Map}, {@link List}, {@link String}, {@link Boolean},
 * {@link Number}, {@code null}) with Jackson's streaming parser, accepting what OpenCC's RapidJSON parse accepts:
 * comments and trailing commas. A repeated field is an error naming its JSON path (RapidJSON would keep both and use
 * the first). Stateless; thread-safe.
 */
final class ConfigJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private ConfigJson() {
    }

    /**
     * The value of {@code json}, UTF-8 with or without a byte order mark (as OpenCC reads it); {@code location} names
     * the file in error messages. A JSON {@code null} is Java's {@code null}.
     */
    static @Nullable Object parse(byte[] json, String location) {
        int skip = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
                && (json[2] & 0xFF) == 0xBF ? 3 : 0;
        // decoded here, not by Jackson, which guesses UTF-16 or UTF-32 from NUL bytes and then fails on them with an
        // I/O error of its own
        String text = utf8(json, skip, location);
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new OpenccConfigException(location, 0, "empty file; an OpenCC configuration is a JSON object"
                        + " with a \"conversion_chain\"");
            }
            Object value = value(parser, "", location);
            if (parser.nextToken() != null) {
                throw syntax(location, parser.currentTokenLocation(), "text after the end of the JSON value; remove it");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw syntax(location, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does not fail otherwise
        }
    }

    private static @Nullable Object value(JsonParser parser, String path, String location) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, @Nullable Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.containsKey(name)) {
                        throw new OpenccConfigException(location, 0, "" + child + ": appears twice; keep one");
                    }
                    parser.nextToken();
                    object.put(name, value(parser, child, location));
                }
                return object;
            }
            case START_ARRAY -> {
                List<@Nullable Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path + "[" + array.size() + "]", location));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }

    /** {@code bytes[from..]} decoded strictly; bytes that are not UTF-8 are an error naming their line. */
    private static String utf8(byte[] bytes, int from, String location) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = from; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new OpenccConfigException(location, line, "not valid UTF-8; save the configuration as "
                    + "UTF-8");
        }
        return out.flip().toString();
    }

    private static OpenccConfigException syntax(String location, @Nullable JsonLocation at,
                                                @Nullable String problem) {
        String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        // Jackson may append "(for Array starting at [Source: ...; line: 1, column: 22])" or "(start marker at
        // [Source: ...])": Jackson internals, and the position is given already
        String plain = problem == null ? "" : problem
                .replaceAll("\\s*\\((?:for [^()]*? starting at|start marker at) \\[Source: .*?\\]\\)", "")
                .replaceAll("\\s*\\[Source: .*?\\]", "");
        return new OpenccConfigException(location + where + ": invalid JSON: " + plain
                + "; fix the syntax (comments and trailing commas are allowed)");
    }
}
