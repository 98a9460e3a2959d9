package org.zhpipe.spec;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where a spec came from, to put a location on every error; {@code name} is null for a spec built in code. */
record SpecSource(@Nullable String name, Map<String, Location> locations) {
    static SpecSource none() {
        return new SpecSource(null, Map.of());
    }

    /** The location of {@code path}, or of its nearest located ancestor; {@code null} when none is located. */
    @Nullable Location locate(String path) {
        String p = path;
        while (true) {
            Location at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    SpecException error(String path, String problem) {
        return new SpecException(name, locate(path), path, problem);
    }
}
