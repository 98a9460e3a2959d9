package org.zhpipe.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Makes {@link ZhpipeTokenizer}s; registered with Lucene's analysis SPI as {@value #NAME}. Arguments: {@code spec}
 * (inline, {@code convert:t2s,segment}, or JSON) or {@code specFile} (a JSON spec read through the resource loader),
 * and {@code maxChars} (the longest field value, default 8388608).
 *
 * <pre>{@code
 * <tokenizer name="zhpipe" spec="convert:t2s,segment:mode=search"/>
 * }</pre>
 */
public final class ZhpipeTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
    /** The SPI name. */
    public static final String NAME = "zhpipe";

    private final FactorySpec spec;

    public ZhpipeTokenizerFactory(Map<String, String> args) {
        super(args);
        spec = new FactorySpec(this, args, AnalysisSpecs::forTokenizer);
    }

    /** For the service loader only. */
    public ZhpipeTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        spec.inform(loader);
    }

    @Override
    public ZhpipeTokenizer create(AttributeFactory factory) {
        return new ZhpipeTokenizer(factory, spec.pipeline(), spec.maxChars());
    }
}
