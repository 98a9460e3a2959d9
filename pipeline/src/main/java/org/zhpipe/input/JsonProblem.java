package org.zhpipe.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in zhpipe's words: what is wrong with the JSON and how to fix it, without the names of
 * Jackson's features, limits or source descriptions ({@code ALLOW_NON_NUMERIC_NUMBERS}, {@code StreamReadConstraints},
 * {@code Source: REDACTED}). The location is the caller's to add. Stateless.
 */
public final class JsonProblem {
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(".*\\(CTRL-CHAR, code (\\d+)\\).*", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile(
            "(Number value length|String value length|Document nesting depth|Name length) \\((\\d+)\\) exceeds the "
                    + "maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\('(.*?)' \\(code (\\d+)[^)]*\\)\\): (.*)", Pattern.DOTALL);
    private static final Pattern NOISE = Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at)[^\\n]*|"
            + "\\s*\\[Source:[^\\n]*|\\s*`[A-Za-z.]+`[^\\n]*|:?\\s*enable `[^`]*` to allow");

    private JsonProblem() {
    }

    /** What is wrong, in one line, e.g. {@code NaN is not a JSON number: write a number, e.g. 0.5, or a string}. */
    public static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher m = NON_STANDARD.matcher(message);
        if (m.matches()) {
            return m.group(1) + " is not a JSON value (JSON has no NaN or Infinity): write a number, e.g. 0.5, or "
                    + "a string";
        }
        m = CONTROL.matcher(message);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            return String.format(Locale.ROOT, "control character U+%04X inside a string: write it escaped, as "
                    + "\\u%04x", code, code);
        }
        m = LIMIT.matcher(message);
        if (m.matches()) {
            String what = switch (m.group(1)) {
                case "Number value length" -> "a number of " + m.group(2) + " digits: at most " + m.group(3);
                case "String value length" -> "a string of " + m.group(2) + " characters: at most " + m.group(3);
                case "Name length" -> "a field name of " + m.group(2) + " characters: at most " + m.group(3);
                default -> "nesting " + m.group(2) + " levels deep: at most " + m.group(3);
            };
            return "too large: " + what + " are read";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            if (message.contains("closing quote")) {
                return "the text ends inside a string: close it with \"";
            }
            return "the text ends too early: a closing } or ] is missing";
        }
        m = UNEXPECTED.matcher(message);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(2));
            String expected = NOISE.matcher(m.group(3)).replaceAll("").strip();
            String hint = code == '\'' ? ": JSON strings and names take double quotes" : "";
            return String.format(Locale.ROOT, "unexpected character '%s' (U+%04X): %s%s",
                    code < 0x20 ? "" : m.group(1), code, expected, hint);
        }
        String cleaned = NOISE.matcher(message).replaceAll("").strip();
        int newline = cleaned.indexOf('\n');
        return newline < 0 ? cleaned : cleaned.substring(0, newline).strip();
    }
}
