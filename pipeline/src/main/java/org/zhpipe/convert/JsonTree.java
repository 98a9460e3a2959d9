package org.zhpipe.convert;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a configuration's JSON into plain values ({@link Map}, {@link List}, {@link String}, {@link Boolean},
 * {@link Double} or {@link Long}, {@code null}), accepting what OpenCC's RapidJSON parse accepts: comments
 * ({@code //} and {@code /* *}{@code /}) and trailing commas. A repeated field is an error (RapidJSON would keep both
 * and use the first). A small parser of its own rather than Jackson: configurations are tiny, and this keeps a
 * converter's first load from paying for Jackson's start-up. Not thread-safe; one per parse.
 */
final class JsonTree {
    private final String text;
    private final String location;
    private int pos;

    private JsonTree(String text, String location) {
        this.text = text;
        this.location = location;
    }

    static Object parse(byte[] json, String location) {
        String text = new String(json, StandardCharsets.UTF_8);
        JsonTree parser = new JsonTree(text, location);
        if (text.startsWith("\uFEFF")) {
            parser.pos = 1;
        }
        parser.skipSpace();
        if (parser.pos >= text.length()) {
            throw new OpenccConfigException(location + ": empty file; an OpenCC configuration is a JSON object with a"
                    + " \"conversion_chain\"");
        }
        Object value = parser.value("");
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.syntax("text after the end of the JSON value; remove it");
        }
        return value;
    }

    private Object value(String path) {
        skipSpace();
        if (pos >= text.length()) {
            throw syntax("unexpected end of file");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path);
            case '[':
                return array(path);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw syntax("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object(String path) {
        pos++; // {
        Map<String, Object> object = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return object;
            }
            if (peek() != '"') {
                throw syntax("expected a field name in double quotes or '}'");
            }
            String name = string();
            String child = ConfigReader.child(path, name);
            skipSpace();
            if (peek() != ':') {
                throw syntax("expected ':' after the field name");
            }
            pos++;
            Object value = value(child);
            if (object.containsKey(name)) {
                throw new OpenccConfigException(location + ": " + child + ": appears twice; keep one");
            }
            object.put(name, value);
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != '}') {
                throw syntax("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(String path) {
        pos++; // [
        List<Object> array = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return array;
            }
            array.add(value(ConfigReader.index(path, array.size())));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != ']') {
                throw syntax("expected ',' or ']'");
            }
        }
    }

    private String string() {
        int start = ++pos; // "
        StringBuilder out = null;
        while (true) {
            if (pos >= text.length()) {
                throw syntax("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw syntax("control character in a string; write it as an escape such as \\n");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(text, start, pos);
            pos++;
            char e = pos < text.length() ? text.charAt(pos) : 0;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 5 > text.length()) {
                        throw syntax("incomplete \\u escape");
                    }
                    int code = 0;
                    for (int i = 1; i <= 4; i++) {
                        int digit = Character.digit(text.charAt(pos + i), 16);
                        if (digit < 0) {
                            throw syntax("invalid \\u escape");
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                    pos += 4;
                }
                default -> throw syntax("invalid escape '\\" + e + "'");
            }
            pos++;
            start = pos;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw syntax("unexpected word; expected " + word);
        }
        pos += word.length();
        return value;
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        boolean integral = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
                pos++;
            } else {
                break;
            }
        }
        String s = text.substring(start, pos);
        try {
            return integral ? (Object) Long.parseLong(s) : (Object) Double.parseDouble(s);
        } catch (NumberFormatException e) {
            pos = start;
            throw syntax("invalid number " + s);
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else if (c == '/' && text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw syntax("unterminated comment");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private OpenccConfigException syntax(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new OpenccConfigException(location + ":" + line + ":" + column + ": invalid JSON: " + problem
                + "; fix the syntax (comments and trailing commas are allowed)");
    }
}
