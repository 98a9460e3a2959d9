package org.zhpipe.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which data files a pipeline may read, set by the application that builds it: {@link #ANY} path (the command line's
 * default), or only files under given folders ({@link #under}) — what a search-engine plugin uses, whose specs come
 * from index settings written by others. A refused file is never opened, and the refusal does not quote it. Links
 * are followed before the check, so a link inside a root that points outside is refused too. Immutable.
 *
 * <pre>{@code
 * ResourcePolicy policy = ResourcePolicy.under(Path.of("/etc/opensearch/zhpipe"));
 * Pipeline pipeline = Spec.read(specFile).build(new ResourceCache(), policy);
 * }</pre>
 */
public final class ResourcePolicy {
    /** Every path may be read. */
    public static final ResourcePolicy ANY = new ResourcePolicy(null);

    /** Null for {@link #ANY}. */
    private final @Nullable List<Path> roots;

    private ResourcePolicy(@Nullable List<Path> roots) {
        this.roots = roots;
    }

    /** Only files under {@code roots} (and bundled data) may be read. */
    public static ResourcePolicy under(Path... roots) {
        return under(List.of(roots));
    }

    /** Only files under {@code roots} (and bundled data) may be read. */
    public static ResourcePolicy under(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            real.add(canonical(Objects.requireNonNull(root, "root")));
        }
        return new ResourcePolicy(List.copyOf(real));
    }

    /** Whether every path may be read. */
    public boolean allowsAnyPath() {
        return roots == null;
    }

    /**
     * {@code file} when the policy allows reading it.
     *
     * @param what what the file is for messages, e.g. {@code "stopword file \"stop.txt\""} — as the spec wrote it
     * @throws ResourceRefusedException when it lies outside the allowed folders
     */
    public Path check(Path file, String what) {
        if (roots == null) {
            return file;
        }
        Path real = canonical(file);
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return file;
            }
        }
        throw new ResourceRefusedException(what + " is outside the folders this application reads data files "
                + "from; put the file in one of them, or ask its administrator");
    }

    /** The absolute, normalized path with links followed as far as the file exists. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = null;
        try {
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                Path name = existing.getFileName();
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            }
        } catch (SecurityException e) {
            // a Java security manager (a search engine's plugin sandbox) forbids even looking: not a root's file
            return absolute;
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    @Override
    public String toString() {
        return roots == null ? "any path" : "under " + roots;
    }
}
