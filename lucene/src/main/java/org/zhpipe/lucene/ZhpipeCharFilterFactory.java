package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Makes {@link ZhpipeCharFilter}s; registered with Lucene's analysis SPI as {@value #NAME}. Arguments as
 * {@link ZhpipeTokenizerFactory}'s; the spec has text stages only. Query normalization (wildcard, prefix, fuzzy
 * terms) runs the same stages.
 *
 * <pre>{@code
 * <charFilter name="zhpipe" spec="halfwidth,convert:t2s"/>
 * }</pre>
 */
public final class ZhpipeCharFilterFactory extends CharFilterFactory implements ResourceLoaderAware {
    /** The SPI name. */
    public static final String NAME = "zhpipe";

    private final FactorySpec spec;

    public ZhpipeCharFilterFactory(Map<String, String> args) {
        super(args);
        spec = new FactorySpec(this, args, AnalysisSpecs::forCharFilter);
    }

    /** For the service loader only. */
    public ZhpipeCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        spec.inform(loader);
    }

    @Override
    public Reader create(Reader input) {
        return new ZhpipeCharFilter(input, spec.pipeline(), spec.maxChars());
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
