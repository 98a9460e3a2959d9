package org.zhpipe.output;

/**
 * Keeps lone surrogates through JSON output: Jackson writes a lone surrogate (text that came from a JSON escape such
 * as {@code "\ud800"}, or from a Java string) as the raw char, which UTF-8 cannot encode and the writer would turn
 * into {@code ?}. Here each becomes the JSON escape {@code \ud800}, which means the same string. A raw surrogate can
 * only stand inside a JSON string (the syntax is ASCII), so the replacement is safe on a whole line. Stateless.
 */
final class JsonEscapes {
    private JsonEscapes() {
    }

    /** {@code json} with each lone surrogate written as {@code \\uXXXX}; the same string when there is none. */
    static String escapeLoneSurrogates(String json) {
        int i = firstLoneSurrogate(json, 0);
        if (i < 0) {
            return json;
        }
        StringBuilder sb = new StringBuilder(json.length() + 16);
        int from = 0;
        while (i >= 0) {
            sb.append(json, from, i).append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) json.charAt(i)));
            from = i + 1;
            i = firstLoneSurrogate(json, from);
        }
        return sb.append(json, from, json.length()).toString();
    }

    private static int firstLoneSurrogate(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
