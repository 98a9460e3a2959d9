package org.zhpipe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar's contents (after {@code package}): zhpipe and its libraries without Lucene or Solr, the libraries
 * Solr also ships relocated (their service files too), the analysis-SPI files naming the {@code zhpipe} factories.
 * Runs in the module's {@code plugin-jar} test execution, with {@code zhpipe.solrJar} set; the Solr tests of that
 * execution load the same jar from a Solr home's {@code lib/}.
 */
class SolrPluginJarIT {
    /** The packages relocated under org/zhpipe/shaded/, as entry-name prefixes. */
    private static final List<String> RELOCATED = List.of("com/fasterxml/jackson/", "com/ibm/icu/",
            "org/apache/commons/lang3/", "org/apache/commons/text/", "org/apache/commons/codec/");

    @BeforeEach
    void needsTheJar() {
        Assumptions.assumeTrue(TestSolrHome.pluginJar() != null, "runs after package, in the plugin-jar execution");
    }

    @Test
    void neitherLuceneNorSolrIsInTheJar() throws IOException {
        try (ZipFile jar = new ZipFile(TestSolrHome.pluginJar().toFile())) {
            assertEquals(List.of(), jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("org/apache/lucene/") || n.startsWith("org/apache/solr/")
                            || n.startsWith("org/slf4j/"))
                    .toList());
            assertNotNull(jar.getEntry("org/zhpipe/lucene/ZhpipeTokenizerFactory.class"));
            assertNotNull(jar.getEntry("org/zhpipe/lucene/ZhpipeCharFilterFactory.class"));
            assertNotNull(jar.getEntry("org/zhpipe/solr/SolrConfigFolderLocator.class"));
            assertNotNull(jar.getEntry("org/zhpipe/spec/Spec.class"));
            assertNotNull(jar.getEntry("opennlp/tools/postag/POSTaggerFactory.class"));
        }
    }

    @Test
    void theLibrariesSolrShipsAreRelocated() throws IOException {
        try (ZipFile jar = new ZipFile(TestSolrHome.pluginJar().toFile())) {
            assertEquals(List.of(), jar.stream().map(ZipEntry::getName)
                    .filter(n -> !n.startsWith("META-INF/maven/"))
                    .filter(n -> RELOCATED.stream().anyMatch(p -> n.contains(p)))
                    .toList());
            assertNotNull(jar.getEntry("org/zhpipe/shaded/jackson/databind/ObjectMapper.class"));
            assertNotNull(jar.getEntry("org/zhpipe/shaded/icu/text/UnicodeSet.class"));
            assertNotNull(jar.getEntry("org/zhpipe/shaded/commons/lang3/StringUtils.class"));
            assertNotNull(jar.getEntry("org/zhpipe/shaded/commons/text/StringEscapeUtils.class"));
            assertNotNull(jar.getEntry("org/zhpipe/shaded/commons/codec/digest/MurmurHash3.class"));
        }
    }

    @Test
    void theServiceFilesNameTheFactoriesAndTheLocator() throws IOException {
        try (ZipFile jar = new ZipFile(TestSolrHome.pluginJar().toFile())) {
            assertEquals(List.of("org.zhpipe.lucene.ZhpipeTokenizerFactory"),
                    lines(jar, "META-INF/services/org.apache.lucene.analysis.TokenizerFactory"));
            assertEquals(List.of("org.zhpipe.lucene.ZhpipeCharFilterFactory"),
                    lines(jar, "META-INF/services/org.apache.lucene.analysis.CharFilterFactory"));
            assertEquals(List.of("org.zhpipe.solr.SolrConfigFolderLocator"),
                    lines(jar, "META-INF/services/org.zhpipe.lucene.ResourceFolderLocator"));
            // the relocated libraries' service files: renamed, and naming relocated classes
            List<? extends ZipEntry> services = jar.stream().filter(e -> e.getName().startsWith("META-INF/services/")).toList();
            for (ZipEntry service : services) {
                String name = service.getName().substring("META-INF/services/".length()).replace('.', '/');
                assertEquals(List.of(), RELOCATED.stream().filter(name::startsWith).toList(), service.getName());
                for (String line : lines(jar, service.getName())) {
                    String className = line.replace('.', '/');
                    assertEquals(List.of(), RELOCATED.stream().filter(className::startsWith).toList(),
                            service.getName() + ": " + line);
                    assertNotNull(jar.getEntry(className + ".class"), service.getName() + ": " + line);
                }
            }
            assertNotNull(jar.getEntry("META-INF/services/org.zhpipe.shaded.jackson.core.JsonFactory"));
        }
    }

    /** The non-comment lines of a text entry. */
    private static List<String> lines(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertNotNull(entry, name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
