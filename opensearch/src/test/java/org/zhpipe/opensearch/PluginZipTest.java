package org.zhpipe.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.security.Permission;
import java.security.Policy;
import java.security.URIParameter;
import java.security.cert.Certificate;
import java.util.Collections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.bootstrap.JarHell;
import org.opensearch.plugins.PluginInfo;

/**
 * The plugin zip that {@code mvn package} makes, as {@code bin/opensearch-plugin install} reads it: its descriptor,
 * its policy, its jars, and no class that the OpenSearch server has too (jar hell, which the node refuses). Runs after
 * the zip is made (Surefire's {@code plugin-zip-test} execution in the package phase).
 */
class PluginZipTest {
    @TempDir
    static Path plugin;

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("zhpipe.plugin.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = plugin.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(plugin), entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    @Test
    void holdsTheDescriptorThePolicyAndTheJarsAtItsTop() throws IOException {
        Set<String> names = new TreeSet<>();
        try (var files = Files.list(plugin)) {
            files.forEach(f -> names.add(f.getFileName().toString()
                    .replaceAll("-\\d+(\\.\\d+)*(-SNAPSHOT)?\\.jar$", ".jar").replace("hanlp-portable.jar", "hanlp.jar")));
        }
        assertEquals(new TreeSet<>(List.of("plugin-descriptor.properties", "plugin-security.policy",
                "analysis-zhpipe.jar", "zhpipe-lucene.jar", "zhpipe-pipeline.jar", "icu4j.jar",
                "jackson-databind.jar", "jackson-annotations.jar", "commons-text.jar", "commons-lang3.jar",
                "commons-codec.jar", "re2j.jar", "hanlp.jar", "opennlp-tools.jar", "opennlp-models-pos-en.jar",
                "opennlp-models-lemmatizer-en.jar", "opennlp-models-langdetect.jar", "slf4j-api.jar")), names);
    }

    @Test
    void describesThePluginForThisOpenSearch() throws IOException {
        PluginInfo info = PluginInfo.readFromProperties(plugin);
        assertEquals("analysis-zhpipe", info.getName());
        assertEquals(AnalysisZhpipePlugin.class.getName(), info.getClassname());
        assertEquals(System.getProperty("zhpipe.opensearch.version"), info.getOpenSearchVersionRangesString()
                .replaceFirst("^=", ""));
        assertEquals("17", info.getJavaVersion());
    }

    /** The policy as the JDK reads it (a syntax error fails): what it grants beyond an empty policy. */
    @Test
    @SuppressWarnings("removal")
    void asksForReflectionOnly() throws Exception {
        Path empty = Files.createTempFile(plugin.getParent(), "empty", ".policy");
        assertEquals(Set.of("(\"java.lang.reflect.ReflectPermission\" \"suppressAccessChecks\")"),
                granted(plugin.resolve("plugin-security.policy"), granted(empty, Set.of())));
    }

    @SuppressWarnings("removal")
    private static Set<String> granted(Path policyFile, Set<String> besides) throws Exception {
        Policy policy = Policy.getInstance("JavaPolicy", new URIParameter(policyFile.toUri()));
        CodeSource anyCode = new CodeSource(plugin.toUri().toURL(), (Certificate[]) null);
        Set<String> permissions = new TreeSet<>();
        for (Permission permission : Collections.list(policy.getPermissions(anyCode).elements())) {
            permissions.add(permission.toString());
        }
        permissions.removeAll(besides);
        return permissions;
    }

    /** What the node checks when it loads the plugin: the server's class path and the plugin's jars together. */
    @Test
    void hasNoClassTheServerHasToo() throws Exception {
        Set<URL> classPath = new LinkedHashSet<>();
        for (String jar : Files.readString(Path.of(System.getProperty("zhpipe.server.classpath"))).strip()
                .split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(jar).toUri().toURL());
        }
        int server = classPath.size();
        try (var files = Files.list(plugin)) {
            for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                classPath.add(jar.toUri().toURL());
            }
        }
        assertTrue(classPath.size() > server + 10);
        JarHell.checkJarHell(classPath, message -> { });
    }

    /** The README shows the tests' own settings. */
    @Test
    void theReadmeShowsTheTestedSettings() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("zhpipe.root"), "README.md"));
        for (String name : List.of("index.json", "char-filter-index.json", "spec-file-index.json")) {
            assertTrue(readme.contains(TestSettings.resource(name)), name);
        }
        assertTrue(readme.contains(TestSettings.NEWS_SPEC + "\n"), "news.json");
    }

    @Test
    void theServerClassPathHasJacksonCoreAndJspecifyWhichTheZipLeavesOut() throws IOException {
        String serverClassPath = Files.readString(Path.of(System.getProperty("zhpipe.server.classpath")));
        assertTrue(serverClassPath.contains("jackson-core-"), "jackson-core");
        assertTrue(serverClassPath.contains("jspecify-"), "jspecify");
        try (InputStream in = Files.newInputStream(plugin.resolve("plugin-descriptor.properties"))) {
            assertTrue(new String(in.readAllBytes()).contains("description=zhpipe analysis for OpenSearch"));
        }
    }
}
