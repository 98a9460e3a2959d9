package org.zhpipe.elasticsearch;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one folder a {@code zhpipe} component reads spec files and data files from: {@code <config>/zhpipe}, where
 * {@code <config>} is the node's configuration folder.
 *
 * <p>Elasticsearch's stable plugin API gives a component its own settings only, not the node's environment, so the
 * folder is found as Elasticsearch's start scripts find it: {@code $ES_PATH_CONF} when that variable is set (the
 * deb and rpm packages set it to {@code /etc/elasticsearch}), else {@code <home>/config}, where {@code <home>} holds
 * {@code plugins/<plugin>/<this jar>} (the tar and zip distributions and the Docker image).
 */
public final class ConfigFolder {
    /** The name of the folder under the node's configuration folder. */
    public static final String NAME = "zhpipe";

    private ConfigFolder() {
    }

    /** The folder of the running plugin, from the process's environment and this class's jar. */
    public static Path ofRunningPlugin() {
        return resolve(System.getenv(), jarOf(ConfigFolder.class));
    }

    /**
     * The folder for an environment and the plugin's jar.
     *
     * @param environment the process's environment variables
     * @param pluginJar   the plugin's jar, {@code <home>/plugins/<plugin>/<jar>}; {@code null} when unknown
     * @throws IllegalStateException when neither gives the configuration folder
     */
    public static Path resolve(Map<String, String> environment, @Nullable Path pluginJar) {
        String configured = environment.get("ES_PATH_CONF");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().resolve(NAME);
        }
        Path plugins = pluginJar == null ? null : pluginJar.toAbsolutePath().getParent();
        Path home = plugins == null || plugins.getParent() == null ? null : plugins.getParent().getParent();
        if (home == null) {
            throw new IllegalStateException("zhpipe: cannot find the node's configuration folder: the plugin jar "
                    + pluginJar + " is not in <home>/plugins/<plugin>/ and ES_PATH_CONF is not set; set ES_PATH_CONF "
                    + "for the node");
        }
        return home.resolve("config").resolve(NAME);
    }

    private static @Nullable Path jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("zhpipe: the plugin jar's location " + source.getLocation()
                    + " is not a file: " + e.getMessage(), e);
        }
    }
}
