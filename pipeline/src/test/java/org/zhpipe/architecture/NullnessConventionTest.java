package org.zhpipe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Keeps the nullness convention of ARCHITECTURE.md true: every package of the library is JSpecify
 * {@link NullMarked}, so a type without {@code @Nullable} is non-null, and no code opts out with
 * {@code @NullUnmarked}. (The annotations themselves are kept honest by review: {@code @Nullable} wherever
 * {@code null} is part of a contract.)
 */
class NullnessConventionTest {
    private static final Path SOURCES = Path.of("src/main/java/org/zhpipe");
    /** {@code @NullMarked} (imported, or fully qualified) right before the package declaration. */
    private static final Pattern MARKED_PACKAGE = Pattern.compile(
            "@(?:org\\.jspecify\\.annotations\\.)?NullMarked\\s+package\\s+org\\.zhpipe[a-z0-9.]*;");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void everyPackageIsNullMarked() throws IOException {
        List<Path> packageInfos = sources().stream().filter(f -> f.endsWith("package-info.java")).toList();
        assertFalse(packageInfos.isEmpty(), "no package-info.java under " + SOURCES.toAbsolutePath());
        TreeSet<String> unmarked = new TreeSet<>();
        for (Path file : packageInfos) {
            String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
            boolean imported = code.contains("import org.jspecify.annotations.NullMarked;")
                    || code.contains("@org.jspecify.annotations.NullMarked");
            if (!imported || !MARKED_PACKAGE.matcher(code).find()) {
                unmarked.add(SOURCES.relativize(file).toString());
            }
        }
        assertEquals(new TreeSet<>(), unmarked, "package-info.java files without @NullMarked on the package: add "
                + "@NullMarked before the package declaration (import org.jspecify.annotations.NullMarked)");
    }

    @Test
    void theCompiledPackagesCarryTheAnnotation() throws IOException, ClassNotFoundException {
        TreeSet<String> unmarked = new TreeSet<>();
        for (Path file : sources()) {
            if (file.endsWith("package-info.java")) {
                String pkg = "org.zhpipe." + SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Class<?> info = Class.forName(pkg + ".package-info", false, getClass().getClassLoader());
                if (!info.isAnnotationPresent(NullMarked.class)) {
                    unmarked.add(pkg);
                }
            }
        }
        assertEquals(new TreeSet<>(), unmarked, "packages without @NullMarked at run time");
    }

    @Test
    void nothingOptsOut() throws IOException {
        TreeSet<String> optOuts = new TreeSet<>();
        for (Path file : sources()) {
            String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
            if (code.contains("NullUnmarked")) {
                optOuts.add(SOURCES.relativize(file).toString());
            }
        }
        assertEquals(new TreeSet<>(), optOuts, "files that opt out of @NullMarked: state nullness with @Nullable "
                + "instead");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
