package org.zhpipe.spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
    /** Each name's type, looked up when first asked for: a one-shot run initializes only the stages it names. */
    private final Map<String, Supplier<StageType<?>>> types;

    private StageRegistry(Map<String, Supplier<StageType<?>>> types) {
        this.types = types;
    }

    /**
     * The registry of every stage type that ships with zhpipe, in the order {@code zhpipe stages} lists them (a new
     * instance each call; cheap: a type's class is initialized when a spec first names it). A new stage type is one
     * file in the package of its kind, declaring its {@code TYPE}, and one line here.
     */
    public static StageRegistry standard() {
        return new StageRegistry(Map.of())
                .withLazy("halfwidth", () -> HalfwidthStage.TYPE)
                .withLazy("lowercase", () -> LowercaseStage.TYPE)
                .withLazy("html_unescape", () -> HtmlUnescapeStage.TYPE)
                .withLazy("whitespace", () -> WhitespaceStage.TYPE)
                .withLazy("convert", () -> ConvertStage.TYPE)
                .withLazy("filter", () -> FilterStage.TYPE)
                .withLazy("pii", () -> PiiStage.TYPE)
                .withLazy("segment", () -> SegmentStage.TYPE)
                .withLazy("tokenize", () -> TokenizeStage.TYPE)
                .withLazy("stopwords", () -> StopwordsStage.TYPE)
                .withLazy("token_filter", () -> TokenFilterStage.TYPE)
                .withLazy("lemmatize", () -> LemmatizeStage.TYPE)
                .withLazy("lines", () -> LinesStage.TYPE)
                .withLazy("quality", () -> QualityStage.TYPE)
                .withLazy("script", () -> ScriptStage.TYPE)
                .withLazy("lang", () -> LangStage.TYPE)
                .withLazy("bow", () -> BowStage.TYPE)
                .withLazy("tfidf", () -> TfIdfStage.TYPE)
                .withLazy("hashing_tf", () -> HashingTfStage.TYPE)
                .withLazy("keywords", () -> KeywordsStage.TYPE);
    }

    /** This registry plus {@code type}; a type of the same name must not exist yet. */
    public StageRegistry with(StageType<?> type) {
        return withLazy(type.name(), () -> type);
    }

    private StageRegistry withLazy(String name, Supplier<StageType<?>> type) {
        if (types.containsKey(name)) {
            throw new IllegalArgumentException("stage type \"" + name + "\" is already registered");
        }
        Map<String, Supplier<StageType<?>>> copy = new LinkedHashMap<>(types);
        copy.put(name, type);
        return new StageRegistry(java.util.Collections.unmodifiableMap(copy));
    }

    public Optional<StageType<?>> get(String name) {
        Supplier<StageType<?>> type = types.get(name);
        return type == null ? Optional.empty() : Optional.of(resolve(name, type));
    }

    /** The stage types in registration order. */
    public Collection<StageType<?>> types() {
        return types.entrySet().stream().<StageType<?>>map(e -> resolve(e.getKey(), e.getValue())).toList();
    }

    private static StageType<?> resolve(String name, Supplier<StageType<?>> supplier) {
        StageType<?> type = supplier.get();
        if (!type.name().equals(name)) {
            throw new IllegalStateException("stage type " + type.name() + " is registered as " + name);
        }
        return type;
    }

    public Collection<String> names() {
        return types.keySet();
    }
}
