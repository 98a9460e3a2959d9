package org.zhpipe.spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zhpipe.convert.ConvertStage;
import org.zhpipe.convert.ScriptStage;
import org.zhpipe.feature.BowStage;
import org.zhpipe.feature.HashingTfStage;
import org.zhpipe.feature.KeywordsStage;
import org.zhpipe.feature.TfIdfStage;
import org.zhpipe.lang.LangStage;
import org.zhpipe.normalize.FilterStage;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.normalize.HtmlUnescapeStage;
import org.zhpipe.normalize.LowercaseStage;
import org.zhpipe.normalize.WhitespaceStage;
import org.zhpipe.pii.PiiStage;
import org.zhpipe.quality.LinesStage;
import org.zhpipe.quality.QualityStage;
import org.zhpipe.segment.SegmentStage;
import org.zhpipe.segment.TokenizeStage;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.token.LemmatizeStage;
import org.zhpipe.token.StopwordsStage;
import org.zhpipe.token.TokenFilterStage;

/**
 * The stage types a spec may name. Immutable: {@link #with} returns a new registry, so there is no global state to
 * register into; pass the registry you built to {@link Spec#parse(String, StageRegistry)}.
 */
public final class StageRegistry {
    private final Map<String, StageType<?>> types;

    private StageRegistry(Map<String, StageType<?>> types) {
        this.types = types;
    }

    /**
     * The registry of every stage type that ships with zhpipe, in the order {@code zhpipe stages} lists them (a new
     * instance each call; cheap). A new stage type is one file in the package of its kind, declaring its
     * {@code TYPE}, and one line here.
     */
    public static StageRegistry standard() {
        return new StageRegistry(Map.of())
                .with(HalfwidthStage.TYPE)
                .with(LowercaseStage.TYPE)
                .with(HtmlUnescapeStage.TYPE)
                .with(WhitespaceStage.TYPE)
                .with(ConvertStage.TYPE)
                .with(FilterStage.TYPE)
                .with(PiiStage.TYPE)
                .with(SegmentStage.TYPE)
                .with(TokenizeStage.TYPE)
                .with(StopwordsStage.TYPE)
                .with(TokenFilterStage.TYPE)
                .with(LemmatizeStage.TYPE)
                .with(LinesStage.TYPE)
                .with(QualityStage.TYPE)
                .with(ScriptStage.TYPE)
                .with(LangStage.TYPE)
                .with(BowStage.TYPE)
                .with(TfIdfStage.TYPE)
                .with(HashingTfStage.TYPE)
                .with(KeywordsStage.TYPE);
    }

    /** This registry plus {@code type}; a type of the same name must not exist yet. */
    public StageRegistry with(StageType<?> type) {
        if (types.containsKey(type.name())) {
            throw new IllegalArgumentException("stage type \"" + type.name() + "\" is already registered");
        }
        Map<String, StageType<?>> copy = new LinkedHashMap<>(types);
        copy.put(type.name(), type);
        return new StageRegistry(java.util.Collections.unmodifiableMap(copy));
    }

    public Optional<StageType<?>> get(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The stage types in registration order. */
    public Collection<StageType<?>> types() {
        return types.values();
    }

    public Collection<String> names() {
        return types.keySet();
    }
}
