package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Text;

/**
 * A Lucene char filter that runs a zhpipe pipeline of text stages (OpenCC-exact conversion, halfwidth, lowercase,
 * white space, filter, ...) over the whole input and serves the result, with offset corrections from zhpipe's
 * alignment ({@link OffsetMap}), so that any tokenizer behind it reports offsets into the original input.
 *
 * <p>The input is read whole on the first {@link #read}, up to {@code maxChars} chars; a longer one fails with an
 * {@link IllegalArgumentException}. The pipeline is shared and thread-safe; a char filter serves one field value on
 * one thread.
 *
 * <pre>{@code
 * Pipeline t2s = Spec.parseInline("convert:t2s").build();
 * Reader simplified = new ZhpipeCharFilter(new StringReader("記憶體"), t2s);   // "记忆体", offsets unchanged
 * }</pre>
 */
public final class ZhpipeCharFilter extends BaseCharFilter {
    private final Pipeline pipeline;
    private final int maxChars;
    /** Null until the input is read. */
    private @Nullable String output;
    private int position;

    /** A char filter with the default bound ({@value FieldText#DEFAULT_MAX_CHARS} chars). */
    public ZhpipeCharFilter(Reader input, Pipeline pipeline) {
        this(input, pipeline, FieldText.DEFAULT_MAX_CHARS);
    }

    /**
     * @param pipeline text stages only
     * @param maxChars the longest input read, in chars
     * @throws IllegalArgumentException when the pipeline has other stages, or {@code maxChars < 1}
     */
    public ZhpipeCharFilter(Reader input, Pipeline pipeline, int maxChars) {
        super(input);
        this.pipeline = AnalysisSpecs.forCharFilter(Objects.requireNonNull(pipeline, "pipeline"));
        if (maxChars < 1) {
            throw new IllegalArgumentException("zhpipe: maxChars must be at least 1, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        String out = load();
        if (position >= out.length()) {
            return length == 0 ? 0 : -1;
        }
        int n = Math.min(length, out.length() - position);
        out.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String load() throws IOException {
        String out = output;
        if (out == null) {
            Text text = pipeline.process(FieldText.readAll(input, maxChars)).text();
            int[] map = OffsetMap.of(text);
            int diff = 0;
            for (int i = 0; i < map.length; i++) {
                if (map[i] - i != diff) {
                    diff = map[i] - i;
                    addOffCorrectMap(i, diff);
                }
            }
            out = text.current();
            output = out;
        }
        return out;
    }
}
