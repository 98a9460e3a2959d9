package org.zhpipe.opensearch;

import static org.opensearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The {@code analysis-zhpipe} plugin: the tokenizer, char filter and analyzer types {@code zhpipe} and the token filter
 * {@code zhpipe_reloadable}. Files named in index settings are read only from {@code <config>/zhpipe}; the data they
 * hold is loaded once per node and shared by every index ({@link DataFolder}).
 *
 * <pre>{@code
 * "analysis": {"analyzer": {"zh": {"type": "zhpipe", "spec": "convert:t2s,segment"}}}
 * }</pre>
 */
public final class AnalysisZhpipePlugin extends Plugin implements AnalysisPlugin {
    /** The type name of the tokenizer, the char filter and the analyzer. */
    public static final String NAME = "zhpipe";
    /** The folder under the node's config folder that holds spec files and dictionaries. */
    public static final String FOLDER = "zhpipe";

    private final DataFolder folder;

    /** Called by OpenSearch with the node's settings and config folder. */
    public AnalysisZhpipePlugin(Settings settings, Path configPath) {
        this.folder = new DataFolder(configPath.resolve(FOLDER));
    }

    /** The node's zhpipe folder and shared data. */
    DataFolder folder() {
        return folder;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(NAME, requiresAnalysisSettings((indexSettings, environment, name, settings) ->
                new ZhpipeTokenizerFactory(indexSettings, name, settings, folder)));
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of(NAME, requiresAnalysisSettings((indexSettings, environment, name, settings) ->
                new ZhpipeCharFilterFactory(indexSettings, name, settings, folder)));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(NAME, requiresAnalysisSettings((indexSettings, environment, name, settings) ->
                new ZhpipeAnalyzerProvider(indexSettings, name, settings, folder)));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(ReloadableFilterFactory.NAME, (indexSettings, environment, name, settings) ->
                new ReloadableFilterFactory(indexSettings, name, settings));
    }
}
