package org.zhpipe.opensearch;

import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.zhpipe.lucene.ZhpipeAnalyzer;

/**
 * The analyzer type {@code zhpipe}: a spec's whole pipeline as one {@link ZhpipeAnalyzer}, whose query normalization
 * (wildcard, prefix, fuzzy terms) runs the spec's text stages (see {@link ComponentSpec} for the settings).
 */
final class ZhpipeAnalyzerProvider extends AbstractIndexAnalyzerProvider<ZhpipeAnalyzer> {
    private final ZhpipeAnalyzer analyzer;

    ZhpipeAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings, DataFolder folder) {
        super(indexSettings, name, settings);
        ComponentSpec spec = ComponentSpec.of(ComponentSpec.Kind.TOKENIZER, name, settings, folder);
        this.analyzer = new ZhpipeAnalyzer(spec.pipeline(), spec.maxChars());
    }

    @Override
    public ZhpipeAnalyzer get() {
        return analyzer;
    }
}
