package org.zhpipe.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * named_components.json (checked in, copied into the zip) lists exactly the {@code @NamedComponent} classes of this
 * module, under the stable API interface each implements, as Elasticsearch's Gradle build would generate it; and each
 * has the one public {@code @Inject} constructor Elasticsearch calls.
 */
class NamedComponentsTest {
    @Test
    void fileListsExactlyTheAnnotatedClasses() throws Exception {
        assertEquals(annotated(), listed());
    }

    @Test
    void everyComponentHasOnePublicInjectConstructor() throws Exception {
        for (Map<String, String> components : listed().values()) {
            for (String className : components.values()) {
                var constructors = Class.forName(className).getConstructors();
                assertEquals(1, constructors.length, className);
                assertEquals(true, constructors[0].isAnnotationPresent(Inject.class), className);
                assertEquals(ZhpipeSettings.class, constructors[0].getParameterTypes()[0], className);
            }
        }
    }

    private static Map<String, Map<String, String>> listed() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Path.of("src/main/plugin/named_components.json").toFile());
        Map<String, Map<String, String>> listed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> api = it.next();
            Map<String, String> names = listed.computeIfAbsent(api.getKey(), k -> new TreeMap<>());
            api.getValue().fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        }
        return listed;
    }

    /** Scans the compiled classes: what Elasticsearch's build scans for. */
    private static Map<String, Map<String, String>> annotated() throws Exception {
        Path classes = Path.of("target/classes");
        Map<String, Map<String, String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                for (Class<?> api : type.getInterfaces()) {
                    if (api.getPackageName().startsWith("org.elasticsearch.plugin")) {
                        found.computeIfAbsent(api.getName(), k -> new TreeMap<>()).put(named.value(), name);
                    }
                }
            }
        }
        return found;
    }
}
