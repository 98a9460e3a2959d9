package org.zhpipe.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.plugins.PluginBundle;
import org.elasticsearch.plugins.scanners.StablePluginsRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The components as Elasticsearch 8.19's analysis code makes them for an index: from named_components.json, through
 * the settings proxy and the {@code @Inject} constructors, from index settings. The classes come from this module's
 * class path (PluginZipTest loads them from the zip). Surefire sets {@code ES_PATH_CONF} to
 * {@code target/test-es-config}, so data files live in {@code target/test-es-config/zhpipe}.
 */
class ElasticsearchAnalysisTest {
    @TempDir
    Path home;

    private StablePluginsRegistry registry;

    @BeforeEach
    void plugin() throws IOException {
        Path plugin = Files.createDirectories(home.resolve("plugins").resolve("analysis-zhpipe"));
        Files.writeString(plugin.resolve("stable-plugin-descriptor.properties"), String.join("\n",
                "name=analysis-zhpipe", "description=test", "version=0", "elasticsearch.version=8.16.0",
                "java.version=17", ""));
        Files.copy(Path.of("src/main/plugin/named_components.json"), plugin.resolve("named_components.json"));
        PluginBundle bundle = EsAnalysis.bundle(home);
        registry = EsAnalysis.registry(bundle, getClass().getClassLoader());
    }

    @Test
    void readmeSettingsMakeTheAnalyzersTheReadmeShows() throws IOException {
        try (IndexAnalyzers analyzers = EsAnalysis.build(registry, home, ReadmeSnippets.indexSettings())) {
            assertEquals(List.of("中华人民共和国[0,7)", "中华[0,2)", "华人[1,3)", "人民[2,4)", "共和[4,6)", "共和国[4,7)",
                            "成立[7,9)", "了[9,10)"),
                    EsAnalysis.tokens(analyzers.get("zh_index").analyzer(), "中華人民共和國成立了"));
            assertEquals(List.of("中华人民共和国[0,7)", "成立[7,9)", "了[9,10)"),
                    EsAnalysis.tokens(analyzers.get("zh_search").analyzer(), "中華人民共和國成立了"));
            // the char filter in front of Elasticsearch's standard tokenizer: offsets point at the original
            assertEquals(List.of("内[0,2)", "存[2,3)", "很[3,4)", "大[4,5)"),
                    EsAnalysis.tokens(analyzers.get("zh_standard").analyzer(), "記憶體很大"));
        }
    }

    @Test
    void analyzerNamedDirectlyRunsTheDefaultSpec() throws IOException {
        try (IndexAnalyzers analyzers = EsAnalysis.build(registry, home, "{}")) {
            assertEquals(List.of("我们[0,2)", "喜欢[2,4)", "北京[4,6)"),
                    EsAnalysis.tokens(analyzers.get("zhpipe").analyzer(), "我们喜欢北京"));
        }
    }

    @Test
    void wrongSpecFailsWhenTheIndexIsCreated() {
        Exception e = assertThrows(Exception.class, () -> EsAnalysis.build(registry, home,
                "{\"analysis\": {\"tokenizer\": {\"t\": {\"type\": \"zhpipe\", \"spec\": \"convert:t2s\"}}}}"));
        assertTrue(rootMessage(e).startsWith("zhpipe: the spec has no segmenter"), rootMessage(e));
        e = assertThrows(Exception.class, () -> EsAnalysis.build(registry, home,
                "{\"analysis\": {\"tokenizer\": {\"t\": {\"type\": \"zhpipe\", \"spec\": \"segment\", "
                        + "\"max_chars\": 0}}}}"));
        assertTrue(rootMessage(e).startsWith("zhpipe: max_chars must be at least 1, not 0"), rootMessage(e));
    }

    @Test
    void specFileOutsideTheConfigFolderIsRefused() {
        Exception e = assertThrows(Exception.class, () -> EsAnalysis.build(registry, home,
                "{\"analysis\": {\"tokenizer\": {\"t\": {\"type\": \"zhpipe\", \"spec_file\": \"../../pom.xml\"}}}}"));
        assertTrue(rootMessage(e).contains("outside"), rootMessage(e));
    }

    @Test
    void charFilterWithoutSpecFailsWhenTheIndexIsCreated() {
        String settings = "{\"analysis\": {\"analyzer\": {\"a\": {\"tokenizer\": \"standard\", "
                + "\"char_filter\": [\"zhpipe\"]}}}}";
        Exception e = assertThrows(Exception.class, () -> EsAnalysis.build(registry, home, settings));
        assertTrue(rootMessage(e).startsWith("zhpipe: the char filter zhpipe needs a spec"), rootMessage(e));
    }

    @Test
    void userDictionaryChangesWhenTheIndexIsOpenedAgain() throws IOException {
        Path folder = ConfigFolder.ofRunningPlugin();
        Files.createDirectories(folder);
        Path words = folder.resolve("test-words.txt");
        Files.writeString(folder.resolve("test-user.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", "
                + "\"userDictionaries\": [\"test-words.txt\"]}]}", StandardCharsets.UTF_8);
        String settings = "{\"analysis\": {\"analyzer\": {\"zh\": {\"type\": \"zhpipe\", "
                + "\"spec_file\": \"test-user.json\"}}}}";
        try {
            Files.writeString(words, "毫不相干\n", StandardCharsets.UTF_8);
            try (IndexAnalyzers analyzers = EsAnalysis.build(registry, home, settings)) {
                assertEquals(List.of("大", "语言", "模型"), terms(EsAnalysis.tokens(analyzers.get("zh").analyzer(),
                        "大语言模型")));
                Files.writeString(words, "大语言模型\n", StandardCharsets.UTF_8);
                // an open index keeps what it read
                assertEquals(List.of("大", "语言", "模型"), terms(EsAnalysis.tokens(analyzers.get("zh").analyzer(),
                        "大语言模型")));
            }
            // closing and opening the index builds its analyzers anew, reading the files again
            try (IndexAnalyzers analyzers = EsAnalysis.build(registry, home, settings)) {
                assertEquals(List.of("大语言模型"), terms(EsAnalysis.tokens(analyzers.get("zh").analyzer(),
                        "大语言模型")));
            }
        } finally {
            Files.deleteIfExists(words);
            Files.deleteIfExists(folder.resolve("test-user.json"));
        }
    }

    private static List<String> terms(List<String> tokens) {
        return tokens.stream().map(t -> t.substring(0, t.indexOf('['))).toList();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
