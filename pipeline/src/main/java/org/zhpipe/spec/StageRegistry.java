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
     * file in the package of its kind, declaring its {@code TYPE}, and its name in two places here.
     */
    public static StageRegistry standard() {
        Map<String, Supplier<StageType<?>>> types = new LinkedHashMap<>();
        for (String name : STANDARD) {
            types.put(name, () -> standardType(name)); // one lambda, not one per type: each costs start-up time
        }
        return new StageRegistry(java.util.Collections.unmodifiableMap(types));
    }

    /** The names of the stage types that ship with zhpipe, in the order {@code zhpipe stages} lists them. */
    private static final java.util.List<String> STANDARD = java.util.List.of(
            "halfwidth",
            "lowercase",
            "html_unescape",
            "whitespace",
            "convert",
            "filter",
            "pii",
            "segment",
            "tokenize",
            "stopwords",
            "token_filter",
            "lemmatize",
            "lines",
            "quality",
            "script",
            "lang",
            "bow",
            "tfidf",
            "hashing_tf",
            "keywords");

    /** The shipped stage type of a name in {@link #STANDARD}; its class is initialized here, when first asked for. */
    private static StageType<?> standardType(String name) {
        return switch (name) {
            case "halfwidth" -> HalfwidthStage.TYPE;
            case "lowercase" -> LowercaseStage.TYPE;
            case "html_unescape" -> HtmlUnescapeStage.TYPE;
            case "whitespace" -> WhitespaceStage.TYPE;
            case "convert" -> ConvertStage.TYPE;
            case "filter" -> FilterStage.TYPE;
            case "pii" -> PiiStage.TYPE;
            case "segment" -> SegmentStage.TYPE;
            case "tokenize" -> TokenizeStage.TYPE;
            case "stopwords" -> StopwordsStage.TYPE;
            case "token_filter" -> TokenFilterStage.TYPE;
            case "lemmatize" -> LemmatizeStage.TYPE;
            case "lines" -> LinesStage.TYPE;
            case "quality" -> QualityStage.TYPE;
            case "script" -> ScriptStage.TYPE;
            case "lang" -> LangStage.TYPE;
            case "bow" -> BowStage.TYPE;
            case "tfidf" -> TfIdfStage.TYPE;
            case "hashing_tf" -> HashingTfStage.TYPE;
            case "keywords" -> KeywordsStage.TYPE;
            default -> throw new IllegalStateException("no stage type " + name + " ships with zhpipe");
        };
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
