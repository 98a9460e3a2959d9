package org.zhpipe.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;

/**
 * Binds a stage's JSON object to its parameter record: unknown names fail with a suggestion, each value is checked
 * against the component's type (boolean, int, long, double, String, enum, {@code List<String>}, {@code List<Integer>},
 * and {@code Number} for a count-or-fraction: a JSON integer binds as a {@code Long}, any other number as a
 * {@code Double}), missing ones take the default, and the record's own constructor validates the values. Values from the inline form arrive as strings and
 * are converted.
 */
final class ParamBinder {
    private ParamBinder() {
    }

    static Record bind(StageType<?> type, ObjectNode node, String stagePath, SpecSource source, boolean fromInline) {
        RecordComponent[] components = type.parametersClass().getRecordComponents();
        List<String> names = type.parameterNames();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("type") && !names.contains(name)) {
                throw source.error(stagePath + "." + name, "unknown parameter \"" + name + "\" for stage \""
                        + type.name() + "\"" + Suggestions.didYouMean(name, names) + " "
                        + (names.isEmpty() ? "It takes no parameters." : "Its parameters: " + String.join(", ", names)));
            }
        }
        @Nullable Object[] values = new Object[components.length];
        Class<?>[] classes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            classes[i] = c.getType();
            JsonNode value = node.get(c.getName());
            String path = stagePath + "." + c.getName();
            if (value == null) {
                values[i] = defaultValue(type, c);
                if (values[i] == null) {
                    throw source.error(stagePath, "stage \"" + type.name() + "\" needs the parameter \"" + c.getName()
                            + "\": " + doc(c) + inlineHint(type, c));
                }
            } else {
                values[i] = convert(value, c, path, source, fromInline);
            }
        }
        try {
            Constructor<?> constructor = type.parametersClass().getDeclaredConstructor(classes);
            if (!constructor.canAccess(null)) {
                // only where needed: under a security manager (Elasticsearch 8 plugins) setAccessible is refused
                constructor.setAccessible(true);
            }
            return (Record) constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidParameterException invalid) {
                throw source.error(stagePath + "." + invalid.parameter(), invalid.getMessage());
            }
            if (cause instanceof IllegalArgumentException invalid) {
                throw source.error(stagePath, invalid.getMessage());
            }
            throw new IllegalStateException("parameters of " + type.name() + " failed to construct", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("parameter record of " + type.name() + " is not constructible", e);
        }
    }

    private static String inlineHint(StageType<?> type, RecordComponent c) {
        return c.getName().equals(type.primary())
                ? " (inline: " + type.name() + ":" + example(c) + ")"
                : "";
    }

    private static String example(RecordComponent c) {
        return c.getType().isEnum() ? enumNames(c.getType()).get(0) : "value";
    }

    static String doc(RecordComponent c) {
        Doc doc = c.getAnnotation(Doc.class);
        return doc == null ? c.getName() : doc.value();
    }

    /** The default of {@code c}: {@code null} for a required parameter. */
    static @Nullable Object defaultValue(StageType<?> type, RecordComponent c) {
        try {
            return c.getAccessor().invoke(type.defaults());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON spelling of each constant of an enum: its name in lower case. */
    static List<String> enumNames(Class<?> enumClass) {
        return Arrays.stream(enumClass.getEnumConstants())
                .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** A short description of the type a component expects, for messages and {@code zhpipe stages}. */
    static String typeName(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == boolean.class) {
            return "boolean";
        }
        if (t == int.class || t == long.class) {
            return "integer";
        }
        if (t == double.class) {
            return "number";
        }
        if (t == String.class) {
            return "string";
        }
        if (t.isEnum()) {
            return String.join("|", enumNames(t));
        }
        if (t == Number.class) {
            return "count or fraction";
        }
        if (t == List.class) {
            return isListOf(c.getGenericType(), Integer.class) ? "list of integers" : "list of strings";
        }
        if (t == Map.class) {
            return "object of numbers";
        }
        return t.getSimpleName();
    }

    private static Object convert(JsonNode value, RecordComponent c, String path, SpecSource source,
                                  boolean fromInline) {
        Class<?> t = c.getType();
        String expected = "expected " + typeName(c) + ", got " + describe(value);
        String text = fromInline && value.isTextual() ? value.asText() : null;
        if (t == boolean.class) {
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            if (text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
            throw source.error(path, "expected true or false, got " + describe(value));
        }
        if (t == int.class || t == long.class) {
            if (value.isIntegralNumber() && (t == long.class ? value.canConvertToLong() : value.canConvertToInt())) {
                return t == int.class ? (Object) value.intValue() : (Object) value.longValue();
            }
            if (text != null) {
                try {
                    return t == int.class ? (Object) Integer.parseInt(text) : (Object) Long.parseLong(text);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw source.error(path, expected);
        }
        if (t == double.class) {
            if (value.isNumber()) {
                return value.doubleValue();
            }
            if (text != null) {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw source.error(path, expected);
        }
        if (t == Number.class) {
            // an integer is a count, a number with a fraction part or an exponent a fraction (scikit-learn's int/float)
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            if (value.isFloatingPointNumber()) {
                return value.doubleValue();
            }
            if (text != null) {
                try {
                    return text.matches("[+-]?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw source.error(path, "expected a document count (an integer such as 2) or a fraction of the "
                    + "documents (a number with a decimal point such as 0.5), got " + describe(value));
        }
        if (t == List.class && isListOf(c.getGenericType(), Integer.class)) {
            List<Integer> list = new ArrayList<>();
            if (text != null) {
                for (String part : text.split("\\|")) {
                    try {
                        list.add(Integer.parseInt(part.strip()));
                    } catch (NumberFormatException e) {
                        throw source.error(path, "expected integers separated by |, got " + describe(value));
                    }
                }
                return List.copyOf(list);
            }
            if (!value.isArray()) {
                throw source.error(path, expected);
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                    throw source.error(path + "[" + i + "]", "expected an integer, got " + describe(item));
                }
                list.add(item.intValue());
            }
            return List.copyOf(list);
        }
        if (t == String.class) {
            if (value.isTextual()) {
                return value.textValue();
            }
            throw source.error(path, expected);
        }
        if (t.isEnum()) {
            if (!value.isTextual()) {
                throw source.error(path, expected);
            }
            List<String> names = enumNames(t);
            int index = names.indexOf(value.textValue());
            if (index < 0) {
                throw source.error(path, "unknown value " + describe(value) + Suggestions.didYouMean(value.textValue(),
                        names) + " Expected one of: " + String.join(", ", names));
            }
            return t.getEnumConstants()[index];
        }
        if (t == List.class && isListOf(c.getGenericType(), String.class)) {
            List<String> list = new ArrayList<>();
            if (text != null) {
                for (String part : text.split("\\|")) {
                    if (!part.isEmpty()) {
                        list.add(part);
                    }
                }
                return List.copyOf(list);
            }
            if (!value.isArray()) {
                throw source.error(path, expected);
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual()) {
                    throw source.error(path + "[" + i + "]", "expected a string, got " + describe(item));
                }
                list.add(item.textValue());
            }
            return List.copyOf(list);
        }
        if (t == Map.class) {
            // name → number: a JSON object, or inline name:value|name:value
            Map<String, Double> map = new java.util.LinkedHashMap<>();
            if (text != null) {
                for (String part : text.split("\\|")) {
                    int colon = part.lastIndexOf(':');
                    Double number = null;
                    if (colon > 0) {
                        try {
                            number = Double.parseDouble(part.substring(colon + 1).strip());
                        } catch (NumberFormatException e) {
                            // reported below
                        }
                    }
                    if (number == null || map.put(part.substring(0, colon).strip(), number) != null) {
                        throw source.error(path, "expected name:number pairs separated by |, each name once, got "
                                + describe(value));
                    }
                }
                return java.util.Collections.unmodifiableMap(map);
            }
            if (!value.isObject()) {
                throw source.error(path, "expected an object of numbers such as {\"hanShare\": 0.3}, got "
                        + describe(value));
            }
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                if (entry.getValue().isNull()) {
                    // null: no value, e.g. to remove a preset's bound
                    map.put(entry.getKey(), null);
                    continue;
                }
                if (!entry.getValue().isNumber()) {
                    throw source.error(path + "." + entry.getKey(), "expected a number or null, got "
                            + describe(entry.getValue()));
                }
                map.put(entry.getKey(), entry.getValue().doubleValue());
            }
            return java.util.Collections.unmodifiableMap(map);
        }
        throw new IllegalStateException("unsupported parameter type " + c.getGenericType() + " of " + path);
    }

    private static boolean isListOf(Type type, Class<?> item) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == item;
    }

    /** A value as a person reads it: {@code "yes" (a string)}, {@code 3 (a number)}. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + value.textValue() + "\" (a string)";
        }
        if (value.isNumber()) {
            return value.asText() + " (a number)";
        }
        if (value.isBoolean()) {
            return value.asText() + " (a boolean)";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "a list" : "an object";
    }

    /** Default values for {@code zhpipe stages}: a map of parameter → default as JSON-ish text. */
    static Map<String, @Nullable Object> defaults(StageType<?> type) {
        Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
        for (RecordComponent c : type.parameters()) {
            m.put(c.getName(), defaultValue(type, c));
        }
        return m;
    }
}
