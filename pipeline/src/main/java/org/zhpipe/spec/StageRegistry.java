package org.zhpipe.spec;

import org.zhpipe.stage.type.StageType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stage types a spec may name. Immutable: {@link #with} returns a new registry, so there is no global state to
 * register into; pass the registry you built to {@link Spec#parse(String, StageRegistry)}.
 */
public final class StageRegistry {
    private final Map<String, StageType<?>> types;

    private StageRegistry(Map<String, StageType<?>> types) {
        this.types = types;
    }

    /** The registry of every stage that ships with zhpipe (a new instance each call; cheap). */
    public static StageRegistry standard() {
        StageRegistry registry = new StageRegistry(Map.of());
        for (StageType<?> type : StandardStages.all()) {
            registry = registry.with(type);
        }
        return registry;
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
