package org.zhpipe.stage.type;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileRef;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.resource.ResourcePolicy;

/**
 * What a stage factory gets besides its parameters when a spec is built: the {@link ResourceCache} that shares loaded
 * data, the folder of the spec file, against which relative data-file paths are resolved, and the
 * {@link ResourcePolicy} that says which files may be read.
 *
 * @param resources     loaded data shared by the stages of one build
 * @param baseDirectory the spec file's folder, or {@code null} for a spec that is not a file (relative paths are then
 *                      resolved against the working directory)
 * @param policy        which data files may be read
 */
public record BuildContext(ResourceCache resources, @Nullable Path baseDirectory, ResourcePolicy policy) {
    public BuildContext {
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(policy, "policy");
    }

    /** A context that may read any path. */
    public BuildContext(ResourceCache resources, @Nullable Path baseDirectory) {
        this(resources, baseDirectory, ResourcePolicy.ANY);
    }

    /**
     * A data-file parameter's value as bundled data or an allowed file ({@link DataFileRef}'s rule: relative paths
     * against {@link #baseDirectory()}).
     *
     * @param what the parameter for messages, e.g. {@code "stopword file"}
     * @throws org.zhpipe.resource.DataFileException for an unknown {@code bundled:} name or a refused file
     */
    public DataFileRef dataFile(String value, Collection<String> bundledNames, String what) {
        DataFileRef ref = DataFileRef.of(value, bundledNames, baseDirectory);
        if (!ref.isBundled()) {
            policy.check(ref.file(), what + " \"" + value + "\"");
        }
        return ref;
    }

    /** A file parameter's value (no bundled data of its kind), resolved and checked like {@link #dataFile}. */
    public Path file(String value, String what) {
        return dataFile(value, java.util.Set.of(), what).file();
    }

    /** {@code path} resolved against {@link #baseDirectory()}; an absolute path as it is. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || baseDirectory == null ? p : baseDirectory.resolve(p);
    }
}
