package org.zhpipe.opensearch;

import static org.opensearch.index.query.QueryBuilders.matchPhraseQuery;
import static org.opensearch.index.query.QueryBuilders.matchQuery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensearch.ExceptionsHelper;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction.AnalyzeToken;
import org.opensearch.action.admin.indices.create.CreateIndexRequestBuilder;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperService;
import org.opensearch.indices.IndicesService;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginsService;
import org.opensearch.search.SearchHit;
import org.opensearch.search.fetch.subphase.highlight.HighlightBuilder;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.zhpipe.resource.ResourceCache;

/**
 * The plugin in a real OpenSearch node (under the Java security manager, with the plugin's policy): index settings
 * that use the {@code zhpipe} analyzer, tokenizer, char filter and filter; {@code _analyze}; indexing, match and phrase
 * queries and highlighting; spec files and dictionaries under {@code <config>/zhpipe}, and the refusal of every other
 * file; a wrong spec; a changed dictionary after closing and opening the index, and after reloading search analyzers.
 */
public class ZhpipeNodeTests extends OpenSearchSingleNodeTestCase {
    private static final String SECRET = "cluster.name: zhpipe-secret-4711";

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return pluginList(AnalysisZhpipePlugin.class);
    }

    public void testAnalyzeIndexSearchAndHighlight() throws IOException {
        create("docs", resource("index.json"));

        // index time: t2s, then words and search mode's sub-words on their word's position
        assertTokens(analyze("docs", "zh_index", "中華人民共和國的記憶體不足"), "中华人民共和国 0 7 0", "中华 0 2 0",
                "华人 1 3 0", "人民 2 4 0", "共和 4 6 0", "共和国 4 7 0", "的 7 8 1", "记忆 8 10 2", "体 10 11 3",
                "不足 11 13 4");
        // search time: words only
        assertTokens(analyze("docs", "zh_search", "中華人民共和國的記憶體不足"), "中华人民共和国 0 7 0", "的 7 8 1",
                "记忆 8 10 2", "体 10 11 3", "不足 11 13 4");

        index("docs", "1", "記憶體不足時，電腦會變慢。");
        index("docs", "2", "中華人民共和國成立於1949年。");

        assertHits(search("docs", matchQuery("body", "记忆")), "1");
        // a sub-word of 中华人民共和国, indexed by search mode
        assertHits(search("docs", matchQuery("body", "人民")), "2");
        assertHits(search("docs", matchPhraseQuery("body", "记忆体不足")), "1");
        assertHits(search("docs", matchPhraseQuery("body", "不足记忆体")));
        assertHits(search("docs", matchPhraseQuery("body", "中华人民共和国成立")), "2");

        SearchResponse highlighted = client().prepareSearch("docs").setQuery(matchQuery("body", "电脑 记忆体 人民"))
                .highlighter(new HighlightBuilder().field("body").highlighterType("unified")).get();
        assertHits(highlighted, "1", "2");
        // the unified highlighter marks the traditional words of the stored text, from the analyzers' offsets
        assertEquals(Map.of("1", List.of("<em>記憶</em><em>體</em>不足時，<em>電腦</em>會變慢。"),
                        "2", List.of("中華<em>人民</em>共和國成立於1949年。")),
                Arrays.stream(highlighted.getHits().getHits()).collect(Collectors.toMap(SearchHit::getId,
                        ZhpipeNodeTests::fragments)));
    }

    public void testCharFilterInFrontOfTheStandardTokenizer() throws IOException {
        create("standard", resource("char-filter-index.json"));
        assertTokens(analyze("standard", "standard_t2s", "頭髮 GPT-4"),
                "头 0 1 0", "发 1 2 1", "GPT 3 6 2", "4 7 8 3");
    }

    public void testSpecFileAndUserDictionaryUnderTheConfigFolder() throws IOException {
        writeNewsSpec("鲸鱼书屋\n");
        create("news", resource("spec-file-index.json"));
        assertTokens(analyze("news", "zh_news", "小明去了鯨魚書屋"), "小 0 1 0", "明 1 2 1", "去 2 3 2",
                "了 3 4 3", "鲸鱼书屋 4 8 4");
    }

    public void testIndicesNamingTheSameDictionaryShareItsLoadedCopy() throws IOException {
        writeNewsSpec("鲸鱼书屋\n");
        DataFolder folder = plugin().folder();
        create("news1", resource("spec-file-index.json"));
        ResourceCache cache = folder.cache();
        int loaded = cache.size();
        assertTrue("the core dictionary, the user dictionary and t2s's tables are loaded", loaded >= 3);
        for (int i = 2; i <= 10; i++) {
            create("news" + i, resource("spec-file-index.json"));
        }
        assertSame(cache, folder.cache());
        assertEquals(loaded, cache.size());
    }

    public void testFilesOutsideTheZhpipeFolderAreRefusedWithoutQuotingThem() throws IOException {
        Path config = environment().configFile();
        Files.createDirectories(config.resolve("zhpipe"));
        Path yml = config.resolve("opensearch.yml");
        Files.writeString(yml, SECRET + "\n", StandardCharsets.UTF_8);

        String[] refused = {
            tokenizer("{\"type\": \"zhpipe\", \"spec_file\": \"../opensearch.yml\"}"),
            tokenizer("{\"type\": \"zhpipe\", \"spec_file\": " + json(yml.toString()) + "}"),
            tokenizer("{\"type\": \"zhpipe\", \"spec\": " + json("segment:userDictionaries=../opensearch.yml") + "}"),
            tokenizer("{\"type\": \"zhpipe\", \"spec\": " + json("segment:userDictionaries=" + yml) + "}"),
            tokenizer("{\"type\": \"zhpipe\", \"spec\": " + json("segment:userDictionaries=/etc/passwd") + "}"),
        };
        assertEquals("zhpipe tokenizer [zh]: spec file \"../opensearch.yml\" is outside the folders this application "
                + "reads data files from; put the file in one of them, or ask its administrator",
                expectThrows(IllegalArgumentException.class, () -> create("refused", refused[0])).getMessage());
        for (String settings : refused) {
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> create("refused", settings));
            assertEquals(RestStatus.BAD_REQUEST, ExceptionsHelper.status(e));
            assertTrue(e.getMessage(), e.getMessage().startsWith("zhpipe tokenizer [zh]: "));
            assertTrue(e.getMessage(), e.getMessage().contains("is outside the folders this application reads data "
                    + "files from; put the file in one of them, or ask its administrator"));
            assertFalse(e.getMessage(), e.getMessage().contains("secret"));
            assertFalse(e.getMessage(), e.getMessage().contains("root:"));
            assertNull(e.getCause());
            assertFalse(client().admin().indices().prepareExists("refused").get().isExists());
        }
    }

    public void testAWrongSpecFailsIndexCreationWithItsOneLineMessage() {
        String settings = "{\"settings\": {\"analysis\": {\"analyzer\": {\"zh\": "
                + "{\"type\": \"zhpipe\", \"spec\": \"halfwidht,segment\"}}}}}";
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> create("wrong", settings));
        assertEquals(RestStatus.BAD_REQUEST, ExceptionsHelper.status(e));
        assertEquals("zhpipe tokenizer [zh]: inline:1:1: stages[0].type: unknown stage type \"halfwidht\"; "
                + "did you mean \"halfwidth\"? Known types: halfwidth, lowercase, html_unescape, whitespace, convert, "
                + "filter, pii, segment, tokenize, stopwords, token_filter, lemmatize, lines, quality, script, lang, bow, tfidf, hashing_tf, "
                + "keywords", e.getMessage());

        String noSegmenter = "{\"settings\": {\"analysis\": {\"tokenizer\": {\"zh\": "
                + "{\"type\": \"zhpipe\", \"spec\": \"convert:t2s\"}}}}}";
        e = expectThrows(IllegalArgumentException.class, () -> create("wrong", noSegmenter));
        assertTrue(e.getMessage(), e.getMessage().startsWith("zhpipe tokenizer [zh]: the spec has no segmenter"));
        assertFalse(e.getMessage(), e.getMessage().contains("\n"));
    }

    public void testAChangedDictionaryAfterClosingAndOpeningTheIndex() throws IOException {
        writeNewsSpec("海豚书店\n");
        create("change", resource("spec-file-index.json"));
        assertFalse(terms(analyze("change", "zh_news", "鲸鱼书屋很好")).contains("鲸鱼书屋"));

        writeNewsSpec("海豚书店\n鲸鱼书屋\n");
        // an open index keeps the analyzers it was opened with
        assertFalse(terms(analyze("change", "zh_news", "鲸鱼书屋很好")).contains("鲸鱼书屋"));

        client().admin().indices().prepareClose("change").get();
        client().admin().indices().prepareOpen("change").get();
        ensureGreen("change");
        assertTokens(analyze("change", "zh_news", "鲸鱼书屋很好"), "鲸鱼书屋 0 4 0", "很 4 5 1", "好 5 6 2");
    }

    public void testAChangedDictionaryAfterReloadingSearchAnalyzers() throws IOException {
        writeNewsSpec("海豚书店\n");
        create("reload", resource("spec-file-index.json"));
        assertFalse(terms(analyze("reload", "zh_news_search", "鲸鱼书屋很好")).contains("鲸鱼书屋"));

        writeNewsSpec("海豚书店\n鲸鱼书屋\n");
        // what POST _plugins/_refresh_search_analyzers/reload does on each node that holds a shard
        IndicesService indices = getInstanceFromNode(IndicesService.class);
        MapperService mapper = indices.indexServiceSafe(resolveIndex("reload")).mapperService();
        assertEquals(List.of("zh_news_search"), mapper.reloadSearchAnalyzers(indices.getAnalysis()));

        assertTokens(analyze("reload", "zh_news_search", "鲸鱼书屋很好"), "鲸鱼书屋 0 4 0", "很 4 5 1", "好 5 6 2");
        // the index analyzer is not reloaded: the terms already indexed were made with it
        assertFalse(terms(analyze("reload", "zh_news", "鲸鱼书屋很好")).contains("鲸鱼书屋"));
    }

    public void testTheReloadableFilterIsRefusedAtIndexTime() {
        String settings = "{\"settings\": {\"analysis\": {\"analyzer\": {\"zh\": {\"type\": \"custom\", "
                + "\"tokenizer\": \"standard\", \"filter\": [\"zhpipe_reloadable\"]}}}}, \"mappings\": "
                + "{\"properties\": {\"body\": {\"type\": \"text\", \"analyzer\": \"zh\"}}}}";
        Exception e = expectThrows(Exception.class, () -> create("index-time", settings));
        assertEquals("Failed to parse mapping [_doc]: analyzer [zh] contains filters [zhpipe_reloadable] that are "
                + "not allowed to run in index time mode.", e.getMessage());
    }

    /** Creates an index from a create-index request body (settings and mappings), as the REST API takes it. */
    @SuppressWarnings("unchecked")
    private void create(String index, String body) {
        Map<String, Object> request = XContentHelper.convertToMap(XContentType.JSON.xContent(), body, false);
        CreateIndexRequestBuilder builder = client().admin().indices().prepareCreate(index)
                .setSettings((Map<String, Object>) request.get("settings"));
        if (request.containsKey("mappings")) {
            builder.setMapping((Map<String, Object>) request.get("mappings"));
        }
        builder.get();
    }

    private void writeNewsSpec(String words) throws IOException {
        Path folder = environment().configFile().resolve("zhpipe");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("news.json"), TestSettings.NEWS_SPEC + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("words.txt"), words, StandardCharsets.UTF_8);
    }

    private static String tokenizer(String definition) {
        return "{\"settings\": {\"analysis\": {\"tokenizer\": {\"zh\": " + definition + "}}}}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Environment environment() {
        return getInstanceFromNode(Environment.class);
    }

    private AnalysisZhpipePlugin plugin() {
        return getInstanceFromNode(PluginsService.class).filterPlugins(AnalysisZhpipePlugin.class).get(0);
    }

    private static String resource(String name) {
        return TestSettings.resource(name);
    }

    private List<AnalyzeToken> analyze(String index, String analyzer, String text) {
        return client().admin().indices().prepareAnalyze(index, text).setAnalyzer(analyzer).get().getTokens();
    }

    private static List<String> terms(List<AnalyzeToken> tokens) {
        return tokens.stream().map(AnalyzeToken::getTerm).collect(Collectors.toList());
    }

    /** Each expected token as "term start end position". */
    private static void assertTokens(List<AnalyzeToken> tokens, String... expected) {
        List<String> actual = tokens.stream()
                .map(t -> t.getTerm() + " " + t.getStartOffset() + " " + t.getEndOffset() + " " + t.getPosition())
                .collect(Collectors.toList());
        assertEquals(Arrays.asList(expected), actual);
    }

    private void index(String index, String id, String body) {
        client().prepareIndex(index).setId(id).setSource(Map.of("body", body))
                .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE).get();
    }

    private SearchResponse search(String index, org.opensearch.index.query.QueryBuilder query) {
        return client().prepareSearch(index).setQuery(query).get();
    }

    private static void assertHits(SearchResponse response, String... ids) {
        List<String> actual = Arrays.stream(response.getHits().getHits()).map(SearchHit::getId).sorted()
                .collect(Collectors.toList());
        assertEquals(Arrays.asList(ids), actual);
    }

    private static List<String> fragments(SearchHit hit) {
        return Arrays.stream(hit.getHighlightFields().get("body").getFragments()).map(Object::toString)
                .collect(Collectors.toList());
    }
}
