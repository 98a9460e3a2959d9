package org.zhpipe.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's Elasticsearch examples, so that the tests run what the README shows. */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    /** The {@code "settings"} of the create-index request in README's "Search: Elasticsearch" section. */
    static String indexSettings() throws IOException {
        return new ObjectMapper().readTree(createIndexBody()).get("settings").toString();
    }

    /** The body of the README's {@code PUT /articles} request. */
    static String createIndexBody() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("zhpipe.root", "..")).resolve("README.md"),
                StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Search: Elasticsearch");
        int request = readme.indexOf("PUT /articles\n", section);
        if (section < 0 || request < 0) {
            throw new AssertionError("README.md has no \"## Search: Elasticsearch\" section with PUT /articles");
        }
        int start = request + "PUT /articles\n".length();
        String body = readme.substring(start, readme.indexOf("\n```", start));
        JsonNode parsed = new ObjectMapper().readTree(body);
        return parsed.toString();
    }
}
