package org.zhpipe.lucene;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * A Lucene {@link Tokenizer} that runs a zhpipe pipeline (text stages, a segmenter, token stages) over the whole
 * field value and emits its tokens.
 *
 * <ul>
 *   <li>term: the token's term after every stage (t2s-converted, lowercased, ...);</li>
 *   <li>offsets: the token's span in the tokenizer's input, through {@link #correctOffset}, so they point into the
 *       field value also behind Lucene char filters; UTF-16 offsets, as zhpipe's;</li>
 *   <li>positions: one per word; search mode's sub-words stand on their word's position (increment 0), each with
 *       its own offsets. A flat stream, as Lucene's compound-word filters make, not a graph: Lucene indexes no
 *       position lengths, so only a flat stream keeps the words one position apart and phrase queries on words
 *       working whether the query analyzer uses search mode or not;</li>
 *   <li>type: zhpipe's token type in lower case ({@code word}, {@code number}, {@code punctuation}, {@code symbol},
 *       {@code url}, {@code email}, {@code placeholder});</li>
 *   <li>{@link PartOfSpeechAttribute}: the tag, with a segmenter's {@code pos}.</li>
 * </ul>
 *
 * <p>The field value is read whole, up to {@code maxChars} chars; a longer one fails with an
 * {@link IllegalArgumentException}. The pipeline is shared and thread-safe; a tokenizer, as every Lucene token
 * stream, is used by one thread at a time.
 *
 * <pre>{@code
 * Tokenizer tokenizer = new ZhpipeTokenizer(Spec.parseInline("convert:t2s,segment").build());
 * tokenizer.setReader(new StringReader("記憶體不足"));   // 记忆体 [0,3), 不足 [3,5)
 * }</pre>
 */
public final class ZhpipeTokenizer extends Tokenizer {
    /**
     * The longest field value read by default, in chars: 8 Mi, the 16 MiB of zhpipe's batch runner's longest record as
     * UTF-16. The same for {@link ZhpipeCharFilter} and {@link ZhpipeAnalyzer}.
     */
    public static final int DEFAULT_MAX_CHARS = FieldText.DEFAULT_MAX_CHARS;

    private static final String[] TYPES = typeNames();

    private final Pipeline pipeline;
    private final int maxChars;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

    /** Null until the input is read after {@link #reset()}. */
    private @Nullable Tokens tokens;
    private @Nullable TokenPositions positions;
    /** Whether the input was read (or its reading failed) since the last {@link #reset()}. */
    private boolean read;
    private int inputLength;
    private int next;

    /** A tokenizer with the default bound ({@value FieldText#DEFAULT_MAX_CHARS} chars). */
    public ZhpipeTokenizer(Pipeline pipeline) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, pipeline, FieldText.DEFAULT_MAX_CHARS);
    }

    /**
     * @param pipeline a pipeline with a segmenter and neither document nor feature stages
     * @param maxChars the longest field value read, in chars
     * @throws IllegalArgumentException when the pipeline cannot make a token stream, or {@code maxChars < 1}
     */
    public ZhpipeTokenizer(AttributeFactory factory, Pipeline pipeline, int maxChars) {
        super(factory);
        this.pipeline = AnalysisSpecs.forTokenizer(Objects.requireNonNull(pipeline, "pipeline"));
        if (maxChars < 1) {
            throw new IllegalArgumentException("zhpipe: maxChars must be at least 1, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        Tokens all = load();
        TokenPositions p = Objects.requireNonNull(positions);
        if (next >= all.size()) {
            return false;
        }
        int i = p.order[next];
        term.setEmpty().append(all.term(i));
        offset.setOffset(correctOffset(all.start(i)), correctOffset(all.end(i)));
        increment.setPositionIncrement(p.increments[next]);
        type.setType(TYPES[all.type(i).ordinal()]);
        partOfSpeech.setPartOfSpeech(all.tag(i));
        next++;
        return true;
    }

    /** Reads the whole input and runs the pipeline, once per {@link #reset()}. */
    private Tokens load() throws IOException {
        Tokens loaded = tokens;
        if (loaded == null) {
            read = true;
            String value = FieldText.readAll(input, maxChars);
            inputLength = value.length();
            loaded = pipeline.process(value).tokens();
            positions = TokenPositions.of(loaded);
            tokens = loaded;
        }
        return loaded;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (!read) {
            load();
        }
        int last = correctOffset(inputLength);
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        forget();
    }

    @Override
    public void close() throws IOException {
        super.close();
        forget();
    }

    private void forget() {
        tokens = null;
        positions = null;
        read = false;
        inputLength = 0;
        next = 0;
    }

    private static String[] typeNames() {
        TokenType[] types = TokenType.values();
        String[] names = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            names[i] = types[i].name().toLowerCase(Locale.ROOT);
        }
        return names;
    }
}
