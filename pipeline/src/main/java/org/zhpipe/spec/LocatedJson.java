package org.zhpipe.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree plus the line and column of every value, keyed by path ({@code stages[0].type}). Jackson's tree model
 * forgets positions, so this reads the token stream itself.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    final JsonNode root;
    final Map<String, Location> locations;

    private LocatedJson(JsonNode root, Map<String, Location> locations) {
        this.root = root;
        this.locations = locations;
    }

    static LocatedJson of(JsonNode root, Map<String, Location> locations) {
        return new LocatedJson(root, locations);
    }

    /** Parses {@code json}; syntax errors become {@link SpecException}s located in {@code source}. */
    static LocatedJson parse(String json, String source) {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new SpecException(source, new Location(1, 1), "",
                        "the spec is empty; expected {\"zhpipe\": 1, \"stages\": [...]}");
            }
            JsonNode root = read(parser, "", locations);
            if (parser.nextToken() != null) {
                throw new SpecException(source, location(parser.currentTokenLocation()), "",
                        "unexpected content after the end of the spec; a spec is one JSON object");
            }
            return new LocatedJson(root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SpecException(source, at == null ? null : location(at), "",
                    "invalid JSON: " + org.zhpipe.input.JsonProblem.describe(e));
        } catch (IOException e) {
            throw new SpecException(source, null, "", "cannot read the spec: " + e.getMessage());
        }
    }

    private static Location location(JsonLocation at) {
        return new Location(at.getLineNr(), at.getColumnNr());
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, Location> locations) throws IOException {
        locations.put(path, location(parser.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    Location key = location(parser.currentTokenLocation());
                    parser.nextToken();
                    object.set(name, read(parser, childPath, locations));
                    locations.put(childPath, key); // a field is located at its name
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + i++ + "]", locations));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }
}
