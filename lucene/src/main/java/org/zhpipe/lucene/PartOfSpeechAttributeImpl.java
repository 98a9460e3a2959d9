package org.zhpipe.lucene;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.jspecify.annotations.Nullable;

/** The default implementation of {@link PartOfSpeechAttribute} (found by Lucene's attribute factory by its name). */
public final class PartOfSpeechAttributeImpl extends AttributeImpl implements PartOfSpeechAttribute {
    private @Nullable String partOfSpeech;

    @Override
    public @Nullable String getPartOfSpeech() {
        return partOfSpeech;
    }

    @Override
    public void setPartOfSpeech(@Nullable String partOfSpeech) {
        this.partOfSpeech = partOfSpeech;
    }

    @Override
    public void clear() {
        partOfSpeech = null;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(PartOfSpeechAttribute.class, "partOfSpeech", partOfSpeech);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((PartOfSpeechAttribute) target).setPartOfSpeech(partOfSpeech);
    }
}
