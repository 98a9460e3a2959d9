package org.zhpipe.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;

/**
 * The compact inline form of a spec, for the command line: {@code halfwidth,lowercase,filter:cjk_ascii}.
 *
 * <p>Stages are separated by commas. A stage may be followed by {@code :} and a value for its primary parameter
 * ({@code filter:cjk_ascii}), the name of a boolean parameter to set it ({@code halfwidth:nfkc}), or
 * {@code name=value} pairs separated by {@code ;} ({@code filter:keep=cjk_ascii;replacement=_}). Commas, colons,
 * semicolons and equals signs inside brackets or braces are part of the value, so UnicodeSet patterns such as
 * {@code filter:[\p{Script=Han},]} need no quoting. The result is the same JSON tree a spec file gives, checked by
 * the same code with the same messages; positions are columns of the inline text.
 */
final class InlineSpec {
    private InlineSpec() {
    }

    static LocatedJson toJson(String inline, String sourceName, StageRegistry registry) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, Location> locations = new HashMap<>();
        SpecSource source = new SpecSource(sourceName, locations);
        ObjectNode root = nodes.objectNode();
        root.put("zhpipe", 1);
        ArrayNode stages = root.putArray("stages");
        locations.put("", new Location(1, 1));
        locations.put("stages", new Location(1, 1));
        List<int[]> items = split(inline, 0, inline.length(), ',');
        if (inline.isBlank()) {
            throw new SpecException(sourceName, new Location(1, 1), "stages",
                    "no stages; write them separated by commas, e.g. \"halfwidth,lowercase,filter:cjk_ascii\"");
        }
        for (int index = 0; index < items.size(); index++) {
            int[] item = trim(inline, items.get(index));
            String path = "stages[" + index + "]";
            locations.put(path, new Location(1, item[0] + 1));
            if (item[0] == item[1]) {
                throw source.error(path, "empty stage (two commas in a row, or a comma at an end); remove it");
            }
            ObjectNode stage = stages.addObject();
            int colon = indexAtDepthZero(inline, item[0], item[1], ':');
            int typeEnd = colon < 0 ? item[1] : colon;
            String typeName = inline.substring(item[0], typeEnd).trim();
            stage.put("type", typeName);
            locations.put(path + ".type", new Location(1, item[0] + 1));
            if (colon < 0) {
                continue;
            }
            StageType<?> type = registry.get(typeName).orElse(null);
            for (int[] part : split(inline, colon + 1, item[1], ';')) {
                int[] p = trim(inline, part);
                if (p[0] == p[1]) {
                    throw new SpecException(sourceName, new Location(1, p[0] + 1), path,
                            "empty parameter after \"" + typeName + ":\"; write " + typeName + ":value or "
                                    + typeName + ":name=value");
                }
                int eq = indexAtDepthZero(inline, p[0], p[1], '=');
                String name;
                String value;
                int valueStart;
                if (eq >= 0) {
                    name = inline.substring(p[0], eq).trim();
                    value = inline.substring(eq + 1, p[1]).trim();
                    valueStart = eq + 1;
                } else {
                    value = inline.substring(p[0], p[1]);
                    valueStart = p[0];
                    name = bareName(type, value, path, typeName, source, locations, p[0]);
                    if (isBooleanParameter(type, value)) {
                        value = "true";
                    }
                }
                if (name == null) {
                    continue; // unknown type: reported by the reader with a suggestion
                }
                String paramPath = path + "." + name;
                if (stage.has(name)) {
                    throw new SpecException(sourceName, new Location(1, p[0] + 1), paramPath,
                            "parameter \"" + name + "\" given twice; keep one");
                }
                stage.put(name, value);
                locations.put(paramPath, new Location(1, valueStart + 1));
            }
        }
        return LocatedJson.of(root, locations);
    }

    /**
     * Which parameter a bare value sets: a boolean parameter it names, else the primary parameter; {@code null} when
     * the type is unknown.
     */
    private static @Nullable String bareName(@Nullable StageType<?> type, String value, String path, String typeName,
                                             SpecSource source, Map<String, Location> locations, int column) {
        if (type == null) {
            return null;
        }
        if (isBooleanParameter(type, value)) {
            return value;
        }
        if (type.primary() == null) {
            locations.put(path + ".:", new Location(1, column + 1));
            List<String> names = type.parameterNames();
            throw source.error(path + ".:", "stage \"" + typeName + "\" has no primary parameter, so \""
                    + value + "\" cannot be given alone" + Suggestions.didYouMean(value, names)
                    + (names.isEmpty() ? " It takes no parameters: write just \"" + typeName + "\"."
                    : " Write " + typeName + ":name=value; its parameters: " + String.join(", ", names)));
        }
        return type.primary();
    }

    private static boolean isBooleanParameter(@Nullable StageType<?> type, String value) {
        if (type == null) {
            return false;
        }
        for (RecordComponent c : type.parameters()) {
            if (c.getName().equals(value) && c.getType() == boolean.class) {
                return true;
            }
        }
        return false;
    }

    /** Ranges {@code [start, end)} between separators at bracket depth 0. */
    private static List<int[]> split(String s, int from, int to, char separator) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // an escaped character never separates or nests
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    private static int indexAtDepthZero(String s, int from, int to, char wanted) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int[] trim(String s, int[] range) {
        int a = range[0];
        int b = range[1];
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }
}
