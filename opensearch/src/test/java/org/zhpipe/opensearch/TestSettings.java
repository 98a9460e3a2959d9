package org.zhpipe.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The index settings and spec file the tests use, which the README shows (a plain class: no test framework). */
final class TestSettings {
    /** {@code <config>/zhpipe/news.json}. */
    static final String NEWS_SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"convert\", \"config\": \"t2s\"}, "
            + "{\"type\": \"segment\", \"userDictionaries\": [\"words.txt\"]}]}";

    private TestSettings() {
    }

    /** A create-index request body from this package's resources. */
    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(TestSettings.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
