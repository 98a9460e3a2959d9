package org.zhpipe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package dependency rules of ARCHITECTURE.md true: each package of the library may refer only to the
 * packages listed for it (imports and fully qualified names, comments left out), so the layering — values, stages,
 * runtime packages, then the spec layer on top — cannot erode unnoticed, and every package has a package-info.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/zhpipe");
    /** A reference to a class (or a static import, or all of a package): the package below {@code org.zhpipe}. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\borg\\.zhpipe\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*?)\\.[A-Z*]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** What each package may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("internal.trie", Set.of()),
            Map.entry("internal.parse", Set.of()),
            Map.entry("resource", Set.of()),
            Map.entry("stage", Set.of("text")),
            Map.entry("stage.type", Set.of("stage", "resource")),
            Map.entry("normalize", Set.of("stage", "stage.type", "text")),
            Map.entry("convert", Set.of("stage", "stage.type", "text", "internal.trie", "internal.parse", "resource")),
            Map.entry("pii", Set.of("stage", "stage.type", "text")),
            Map.entry("segment", Set.of("stage", "stage.type", "text", "internal.trie", "internal.parse", "resource")),
            Map.entry("token", Set.of("segment", "stage", "stage.type", "text", "internal.parse", "resource")),
            Map.entry("feature", Set.of("stage", "stage.type", "text", "internal.parse", "resource")),
            Map.entry("quality", Set.of("stage", "stage.type", "text", "token", "resource", "internal.parse")),
            Map.entry("report", Set.of("batch", "convert", "input", "lang", "stage", "text")),
            Map.entry("lang", Set.of("stage", "stage.type", "text")),
            Map.entry("input", Set.of("text", "internal.parse")),
            Map.entry("output", Set.of("input", "stage", "text")),
            Map.entry("dedup", Set.of()),
            Map.entry("batch", Set.of("dedup", "input", "output", "stage", "text")),
            Map.entry("eval", Set.of("input", "stage", "text", "internal.parse", "resource")),
            Map.entry("spec", Set.of("convert", "feature", "input", "lang", "normalize", "output", "pii", "quality",
                    "resource", "segment", "stage", "stage.type", "text", "token")));

    @Test
    void packagesUseOnlyWhatTheArchitectureAllows() throws IOException {
        Map<String, Set<String>> violations = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(SOURCES.relativize(file).getParent());
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(used)) {
                        violations.computeIfAbsent(SOURCES.relativize(file).toString(), k -> new TreeSet<>())
                                .add(used);
                    }
                }
            }
        }
        assertEquals(Map.of(), violations, "files that use a package ARCHITECTURE.md does not allow them");
    }

    @Test
    void everyPackageIsKnownAndDocumented() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter(PackageDependenciesTest::holdsJava).toList();
            for (Path dir : packages) {
                String name = packageOf(SOURCES.relativize(dir));
                assertTrue(ALLOWED.containsKey(name), "package " + name + " has no rule here and in ARCHITECTURE.md");
                assertTrue(Files.exists(dir.resolve("package-info.java")), "package " + name + " has no "
                        + "package-info.java");
            }
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code stage/type} → {@code stage.type}. */
    private static String packageOf(Path relativeDirectory) {
        return relativeDirectory.toString().replace(relativeDirectory.getFileSystem().getSeparator(), ".");
    }
}
