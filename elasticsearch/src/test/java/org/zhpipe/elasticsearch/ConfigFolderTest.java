package org.zhpipe.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {
    private static final Path JAR = Path.of("/opt/es/plugins/analysis-zhpipe/elasticsearch-analysis-zhpipe.jar");

    @Test
    void esPathConfWins() {
        assertEquals(Path.of("/etc/elasticsearch/zhpipe"),
                ConfigFolder.resolve(Map.of("ES_PATH_CONF", "/etc/elasticsearch"), JAR));
    }

    @Test
    void elseTheConfigFolderOfTheHomeThePluginIsIn() {
        assertEquals(Path.of("/opt/es/config/zhpipe"), ConfigFolder.resolve(Map.of(), JAR));
        assertEquals(Path.of("/opt/es/config/zhpipe"), ConfigFolder.resolve(Map.of("ES_PATH_CONF", " "), JAR));
    }

    @Test
    void noWayToKnowIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConfigFolder.resolve(Map.of(), null));
        assertTrue(e.getMessage().startsWith("zhpipe: cannot find the node's configuration folder"), e.getMessage());
        assertTrue(e.getMessage().endsWith("set ES_PATH_CONF for the node"), e.getMessage());
    }
}
