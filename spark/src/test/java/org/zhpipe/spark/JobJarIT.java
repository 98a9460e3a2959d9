package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The job jar (after {@code package}): zhpipe on its relocated Jackson, ICU4J, Commons Text and Commons Codec gives
 * what it gives on the plain class path, and none of those libraries is left under its own name. Runs in
 * {@code mvn verify} (the spark module's {@code job-jar} test execution), with {@code zhpipe.jobJar} set.
 */
class JobJarIT {
    @org.junit.jupiter.api.BeforeEach
    void needsTheJobJar() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("zhpipe.jobJar") != null,
                "runs after package, in the job-jar execution");
    }

    @Test
    void theRelocatedLibrariesGiveTheSameResults(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("zhpipe.jobJar"));
        // Spark provides Commons Lang (Commons Text needs it); the smoke class comes from the test classes
        String commonsLang = Path.of(org.apache.commons.lang3.Range.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString();
        String testClasses = Path.of(JobJarSmoke.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", String.join(File.pathSeparator, jar.toString(), commonsLang, testClasses),
                JobJarSmoke.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), "the job jar's run finished");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, java.exitValue(), output);
        assertEquals(JobJarSmoke.run() + System.lineSeparator(), output);
    }

    @Test
    void noRelocatedLibraryIsLeftUnderItsOwnName() throws Exception {
        try (ZipFile jar = new ZipFile(System.getProperty("zhpipe.jobJar"))) {
            List<String> left = jar.stream().map(e -> e.getName())
                    .filter(n -> n.contains("com/fasterxml/") || n.contains("com/ibm/icu/")
                            || n.contains("org/apache/commons/text/") || n.contains("org/apache/commons/codec/"))
                    .filter(n -> !n.startsWith("META-INF/maven/"))
                    .toList();
            assertEquals(List.of(), left);
            assertTrue(jar.getEntry("org/zhpipe/shaded/jackson/databind/ObjectMapper.class") != null);
        }
    }
}
