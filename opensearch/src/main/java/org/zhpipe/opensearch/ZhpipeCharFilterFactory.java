package org.zhpipe.opensearch;

import java.io.Reader;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;
import org.zhpipe.lucene.ZhpipeCharFilter;

/**
 * The char filter type {@code zhpipe}: a spec's text stages (conversion, halfwidth, lowercase, ...) in front of any
 * tokenizer, offsets kept in the original text (see {@link ComponentSpec} for the settings). It also normalizes query
 * terms (wildcard, prefix, fuzzy) and may stand in a custom normalizer of keyword fields.
 */
final class ZhpipeCharFilterFactory extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
    private final ComponentSpec spec;

    ZhpipeCharFilterFactory(IndexSettings indexSettings, String name, Settings settings, DataFolder folder) {
        super(indexSettings, name);
        this.spec = ComponentSpec.of(ComponentSpec.Kind.CHAR_FILTER, name, settings, folder);
    }

    @Override
    public Reader create(Reader reader) {
        return new ZhpipeCharFilter(reader, spec.pipeline(), spec.maxChars());
    }
}
