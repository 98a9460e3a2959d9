package org.zhpipe.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a stage factory gets besides its parameters when a spec is built: the {@link ResourceCache} that shares loaded
 * data, and the folder of the spec file, against which files the spec wrote itself (a fitted model) are resolved.
 *
 * @param resources     loaded data shared by the stages of one build
 * @param baseDirectory the spec file's folder, or {@code null} for a spec that is not a file (relative paths are then
 *                      resolved against the working directory)
 */
public record BuildContext(ResourceCache resources, Path baseDirectory) {
    public BuildContext {
        Objects.requireNonNull(resources, "resources");
    }

    /** {@code path} resolved against {@link #baseDirectory()}; an absolute path as it is. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || baseDirectory == null ? p : baseDirectory.resolve(p);
    }
}
