package org.zhpipe.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The tests' Solr home (src/test/resources/solr-home, one core {@code collection1}), copied into a temporary folder so
 * that a test may edit its configuration. When {@code zhpipe.solrJar} names the plugin jar (the {@code plugin-jar}
 * test execution, after {@code package}), the copy has it in {@code lib/}, where Solr loads it from, and zhpipe is on
 * no other class path.
 */
final class TestSolrHome {
    /** The core's name, the test framework's default. */
    static final String CORE = "collection1";

    private TestSolrHome() {
    }

    /** The plugin jar the tests run with, or {@code null} when zhpipe comes from the class path. */
    static @Nullable Path pluginJar() {
        String jar = System.getProperty("zhpipe.solrJar");
        return jar == null ? null : Path.of(jar);
    }

    /**
     * Copies the Solr home into {@code folder} (a new, empty temporary folder), with a {@code core.properties} that
     * gives the core {@code schema} (a file in its conf/), and returns it.
     */
    static Path copyTo(Path folder, String schema) {
        try {
            Path source = Path.of(TestSolrHome.class.getResource("/solr-home").toURI());
            Path home = Path.of(folder.toAbsolutePath().toString());  // the default file system, as Solr's
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.toList();
            }
            for (Path file : files) {
                Path target = home.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE
                    + "\nconfig=solrconfig.xml\nschema=" + schema + "\n", StandardCharsets.UTF_8);
            Path jar = pluginJar();
            if (jar != null) {
                Files.createDirectories(home.resolve("lib"));
                Files.copy(jar, home.resolve("lib").resolve(jar.getFileName().toString()));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds a core named {@code name} to {@code home}: a copy of {@link #CORE}'s configuration, with {@code schema}.
     */
    static void addCore(Path home, String name, String schema) {
        try {
            Path conf = home.resolve(name).resolve("conf");
            Files.createDirectories(conf);
            try (Stream<Path> files = Files.list(conf(home))) {
                for (Path file : files.toList()) {
                    Files.copy(file, conf.resolve(file.getFileName().toString()));
                }
            }
            Files.writeString(home.resolve(name).resolve("core.properties"), "name=" + name
                    + "\nconfig=solrconfig.xml\nschema=" + schema + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The core's configuration folder in {@code home}. */
    static Path conf(Path home) {
        return home.resolve(CORE).resolve("conf");
    }
}
