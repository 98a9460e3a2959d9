package org.zhpipe.lucene;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.zhpipe.stage.Pipeline;

/**
 * A Lucene analyzer that runs a zhpipe spec: its text stages, segmenter and token stages, as one
 * {@link ZhpipeTokenizer}. Query normalization (wildcard, prefix and fuzzy terms) runs the spec's text stages
 * ({@link ZhpipeCharFilter}), so 記憶* is searched as 记忆* under {@code convert:t2s,segment}.
 *
 * <p>Thread-safe: the pipeline is built once and shared; Lucene keeps one token stream per thread.
 *
 * <pre>{@code
 * Analyzer analyzer = new ZhpipeAnalyzer("convert:t2s,segment");          // inline, or JSON
 * Analyzer search = new ZhpipeAnalyzer(Path.of("samples/specs/search.json"));
 * }</pre>
 *
 * <p>Search mode's sub-words stand on their word's position, each with its own offsets, so phrase queries on words
 * work with or without search mode at query time (see the tokenizer).
 */
public final class ZhpipeAnalyzer extends Analyzer {
    private final Pipeline pipeline;
    private final Pipeline textStages;
    private final int maxChars;

    /**
     * An analyzer for a spec given as text: JSON (<code>{"zhpipe": 1, "stages": [...]}</code>) or inline
     * ({@code halfwidth,convert:t2s,segment:mode=search}).
     *
     * @throws org.zhpipe.spec.SpecException when the spec is wrong
     * @throws IllegalArgumentException when the spec cannot make a token stream (no segmenter, a document or feature
     *     stage)
     */
    public ZhpipeAnalyzer(String spec) {
        this(AnalysisSpecs.parse(spec).build());
    }

    /** An analyzer for a JSON spec file; its relative data files are resolved against its folder. */
    public ZhpipeAnalyzer(Path specFile) {
        this(AnalysisSpecs.read(specFile).build());
    }

    /** An analyzer for a built pipeline, with the default bound on a field value's length. */
    public ZhpipeAnalyzer(Pipeline pipeline) {
        this(pipeline, FieldText.DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars the longest field value analyzed, in chars; a longer one fails
     */
    public ZhpipeAnalyzer(Pipeline pipeline, int maxChars) {
        this.pipeline = AnalysisSpecs.forTokenizer(Objects.requireNonNull(pipeline, "pipeline"));
        this.textStages = AnalysisSpecs.textStages(pipeline);
        if (maxChars < 1) {
            throw new IllegalArgumentException("zhpipe: maxChars must be at least 1, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The pipeline every token stream runs. */
    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new ZhpipeTokenizer(attributeFactory(fieldName), pipeline, maxChars));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return textStages.stages().isEmpty() ? reader : new ZhpipeCharFilter(reader, textStages, maxChars);
    }
}
