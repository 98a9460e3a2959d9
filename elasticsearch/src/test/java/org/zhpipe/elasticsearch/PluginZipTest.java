package org.zhpipe.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.plugins.PluginBundle;
import org.elasticsearch.plugins.PluginDescriptor;
import org.elasticsearch.plugins.PluginsUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable zip, after {@code package}: its entries, its descriptor as Elasticsearch reads and checks it, its
 * jars against jar hell, and its components loaded from its own jars in a class loader of their own (as a node's
 * plugin loader: Elasticsearch and Lucene from the parent, everything else from the plugin), reading a spec file and
 * a user dictionary from {@code <home>/config/zhpipe} of a node home laid out as the tar distribution's.
 */
class PluginZipTest {
    @TempDir
    Path home;

    private static Path zip() {
        return Path.of(System.getProperty("zhpipe.plugin.zip"));
    }

    @Test
    void zipHoldsTheDescriptorNamedComponentsAndRuntimeJarsOnly() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip().toFile())) {
            file.stream().map(ZipEntry::getName).forEach(names::add);
        }
        assertTrue(names.contains("stable-plugin-descriptor.properties"), names::toString);
        assertTrue(names.contains("named_components.json"), names::toString);
        for (String jar : List.of("elasticsearch-analysis-zhpipe-", "zhpipe-lucene-", "zhpipe-pipeline-",
                "jackson-databind-", "icu4j-")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(jar) && n.endsWith(".jar")), jar + " in " + names);
        }
        for (String name : names) {
            assertTrue(name.equals("stable-plugin-descriptor.properties") || name.equals("named_components.json")
                    || (name.endsWith(".jar") && !name.contains("/")), "unexpected entry " + name);
            assertTrue(!name.startsWith("lucene-") && !name.startsWith("elasticsearch-plugin-")
                    && !name.startsWith("elasticsearch-8") && !name.startsWith("elasticsearch-core"),
                    "the node's own jar in the zip: " + name);
        }
    }

    @Test
    void elasticsearchLoadsThePluginFromTheZip() throws Exception {
        Path plugin = unzip();
        PluginBundle bundle = EsAnalysis.bundle(home);
        PluginDescriptor descriptor = bundle.pluginDescriptor();
        assertTrue(descriptor.isStable());
        assertEquals("analysis-zhpipe", descriptor.getName());
        assertEquals("8.16.0", descriptor.getElasticsearchVersion());
        PluginsUtils.verifyCompatibility(descriptor); // 8.19.0 runs a plugin built for 8.16.0
        PluginsUtils.preInstallJarHellCheck(descriptor, plugin, home.resolve("plugins"),
                Files.createDirectories(home.resolve("modules")), nodeClassPath(bundle));

        try (URLClassLoader loader = new PluginClassLoader(bundle.allUrls.toArray(URL[]::new),
                getClass().getClassLoader())) {
            analyzeWithTheZipsClasses(bundle, loader);
        }
    }

    private void analyzeWithTheZipsClasses(PluginBundle bundle, URLClassLoader loader) throws Exception {
        // the folder the plugin finds from where its jar lies (the execution after package has no ES_PATH_CONF)
        Path config = (Path) loader.loadClass(ConfigFolder.class.getName()).getMethod("ofRunningPlugin").invoke(null);
        if (System.getenv("ES_PATH_CONF") == null) {
            assertEquals(home.resolve("config").resolve("zhpipe").toAbsolutePath(), config);
        }
        Files.createDirectories(config);
        Files.writeString(config.resolve("words.txt"), "大语言模型\n", StandardCharsets.UTF_8);
        Files.writeString(config.resolve("zh.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"convert\", "
                + "\"config\": \"t2s\"}, {\"type\": \"segment\", \"userDictionaries\": [\"words.txt\"]}]}",
                StandardCharsets.UTF_8);
        try (IndexAnalyzers analyzers = EsAnalysis.build(EsAnalysis.registry(bundle, loader), home,
                     "{\"analysis\": {\"analyzer\": {\"zh\": {\"type\": \"zhpipe\", \"spec_file\": \"zh.json\"}}}}")) {
            var analyzer = analyzers.get("zh").analyzer();
            assertSame(loader, analyzer.getClass().getClassLoader(), "zhpipe's classes come from the zip's jars");
            assertEquals(List.of("我们[0,2)", "的[2,3)", "大语言模型[3,8)"),
                    EsAnalysis.tokens(analyzer, "我們的大語言模型"));
        }
    }

    private Path unzip() throws IOException {
        Path plugin = Files.createDirectories(home.resolve("plugins").resolve("analysis-zhpipe"));
        try (ZipFile file = new ZipFile(zip().toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, plugin.resolve(entry.getName()));
                }
            }
        }
        return plugin;
    }

    /**
     * The class path of the node: this test's, less the jars the plugin carries itself (here they are on both) and
     * this module's class folders.
     */
    private static Set<URL> nodeClassPath(PluginBundle bundle) throws IOException {
        Set<String> carried = new HashSet<>();
        for (URL url : bundle.allUrls) {
            carried.add(Path.of(url.getPath()).getFileName().toString());
        }
        Set<URL> node = new HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && !carried.contains(path.getFileName().toString())
                    && !path.getFileName().toString().startsWith("zhpipe-")) {
                node.add(path.toUri().toURL());
            }
        }
        return node;
    }

    /** Elasticsearch and Lucene from the node; everything else from the plugin's jars first. */
    private static final class PluginClassLoader extends URLClassLoader {
        PluginClassLoader(URL[] urls, ClassLoader node) {
            super("analysis-zhpipe", urls, node);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("org.apache.lucene.")
                    || name.startsWith("org.elasticsearch.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
