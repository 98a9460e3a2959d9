package org.zhpipe.lucene;

import org.apache.lucene.util.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * A token's part-of-speech tag from zhpipe's segmenter with {@code pos} ({@code n}, {@code v}, {@code ns}, ... as
 * jieba's dictionary tags words), or {@code null} when the pipeline tags nothing. Filters read it with {@code
 * addAttribute(PartOfSpeechAttribute.class)}; Lucene's {@code TypeAttribute} keeps zhpipe's token type.
 */
public interface PartOfSpeechAttribute extends Attribute {
    @Nullable String getPartOfSpeech();

    void setPartOfSpeech(@Nullable String partOfSpeech);
}
