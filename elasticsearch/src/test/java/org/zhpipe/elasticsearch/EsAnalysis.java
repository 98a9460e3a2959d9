package org.zhpipe.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.indices.analysis.AnalysisModule;
import org.elasticsearch.plugins.PluginBundle;
import org.elasticsearch.plugins.PluginsUtils;
import org.elasticsearch.plugins.scanners.StablePluginsRegistry;
import org.elasticsearch.xcontent.XContentType;

/**
 * Elasticsearch's own analysis code, as a node runs it for an index: the stable plugin registry read from a plugin
 * folder ({@code named_components.json}), the analysis module, and the index analyzers built from index settings
 * (creating or opening an index does exactly this).
 */
final class EsAnalysis {
    private EsAnalysis() {
    }

    /** Elasticsearch's classes log through its logging facade, which a node sets up first; idempotent. */
    private static void logging() {
        LogConfigurator.configureESLogging();
    }

    /** The one plugin bundle in {@code home/plugins}, read by Elasticsearch's plugin reader. */
    static PluginBundle bundle(Path home) {
        logging();
        try {
            Set<PluginBundle> bundles = PluginsUtils.getPluginBundles(home.resolve("plugins"));
            if (bundles.size() != 1) {
                throw new AssertionError("one plugin expected in " + home.resolve("plugins") + ", found " + bundles);
            }
            return bundles.iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The registry Elasticsearch builds from a stable plugin's named components, its classes from {@code loader}. */
    static StablePluginsRegistry registry(PluginBundle bundle, ClassLoader loader) {
        StablePluginsRegistry registry = new StablePluginsRegistry();
        registry.scanBundleForStablePlugins(bundle, loader);
        return registry;
    }

    /**
     * The analyzers of an index whose settings are {@code indexSettingsJson} (the body of a create-index request's
     * {@code "settings"}), on a node at {@code home} with its configuration in {@code home/config}.
     */
    static IndexAnalyzers build(StablePluginsRegistry registry, Path home, String indexSettingsJson)
            throws IOException {
        Files.createDirectories(home.resolve("config"));
        Environment environment = new Environment(Settings.builder().put("path.home", home.toString()).build(),
                home.resolve("config"));
        AnalysisModule module = new AnalysisModule(environment, List.of(), registry);
        Settings settings = Settings.builder()
                .loadFromSource(indexSettingsJson, XContentType.JSON)
                .normalizePrefix("index.")
                .put(IndexMetadata.SETTING_VERSION_CREATED, IndexVersion.current())
                .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
                .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0)
                .build();
        IndexSettings index = new IndexSettings(IndexMetadata.builder("test").settings(settings).build(),
                Settings.EMPTY);
        return module.getAnalysisRegistry().build(IndexService.IndexCreationContext.CREATE_INDEX, index);
    }

    /** Each token as {@code term[start,end)}, as the _analyze API lists them. */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return tokens;
    }
}
