package org.zhpipe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Solr section shows the field types and the spec file the tests' core runs. */
class ReadmeSolrTest {
    @Test
    void theSchemaSnippetIsTheTestSchemasFieldTypes() throws IOException, URISyntaxException {
        String schema = Files.readString(conf().resolve("schema.xml"), StandardCharsets.UTF_8);
        String snippet = block("```xml\n");
        assertTrue(stripped(schema).contains(stripped(snippet)),
                "the README's Solr schema differs from solr/src/test/resources/solr-home/collection1/conf/schema.xml");
    }

    @Test
    void theSpecFileSnippetIsTheTestCoresSpecFile() throws IOException, URISyntaxException {
        assertEquals(Files.readString(conf().resolve("zh-words.json"), StandardCharsets.UTF_8), block("```json\n"));
    }

    /** The first fenced block that opens with {@code fence} in the README's Solr section, with its last newline. */
    private static String block(String fence) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("zhpipe.root", "..")).resolve("README.md"),
                StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Search: Solr\n");
        assertTrue(section >= 0, "the README has a section Search: Solr");
        int start = readme.indexOf(fence, section) + fence.length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    /** The lines without their indentation: the schema nests the field types one level deeper than the README. */
    private static String stripped(String xml) {
        return xml.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    private static Path conf() throws URISyntaxException {
        return TestSolrHome.conf(Path.of(ReadmeSolrTest.class.getResource("/solr-home").toURI()));
    }
}
