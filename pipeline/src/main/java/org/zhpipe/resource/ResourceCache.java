package org.zhpipe.resource;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Loaded resources (dictionaries, conversion tables) shared by the stages that name the same one. Explicit, never
 * global: {@link org.zhpipe.spec.Spec#build()} makes one per pipeline; pass one to {@link org.zhpipe.spec.Spec#build(ResourceCache)} to share loaded
 * data between pipelines. Values must be immutable. Thread-safe; each resource is loaded at most once.
 */
public final class ResourceCache {
    private final ConcurrentHashMap<Object, Object> loaded = new ConcurrentHashMap<>();

    /**
     * The resource under {@code key}, loading it with {@code loader} the first time.
     *
     * @param key  identifies the resource, e.g. a record of its kind and path
     * @param type what the resource is
     */
    public <T> T get(Object key, Class<T> type, Supplier<? extends T> loader) {
        Objects.requireNonNull(loader, "loader");
        return type.cast(loaded.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> loader.get()));
    }

    /** How many resources are loaded. */
    public int size() {
        return loaded.size();
    }
}
