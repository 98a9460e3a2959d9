package org.zhpipe.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The README's procedure for a changed user dictionary: edit the file in the core's conf/, RELOAD the core, and
 * reindex. After the reload the analysis is the new one (queries use it at once); documents indexed before keep
 * their old tokens until they are indexed again.
 */
public class DictionaryReloadTest extends SolrNodeTestCase {
    private static final String TEXT = "字節跳動的飛書文檔很好用";

    private static Path home;

    @BeforeClass
    public static void beforeClass() throws Exception {
        home = TestSolrHome.copyTo(createTempDir("solr-home"), "schema.xml");
        startNode(home);
    }

    @Test
    public void aChangedUserDictionaryTakesEffectOnReloadAndIndexedDocumentsOnReindexing() throws Exception {
        assertU(adoc("id", "1", "words", TEXT));
        assertU(commit());
        assertTokens("字节跳动", "的", "飞", "书", "文档", "很", "好", "用");
        assertQ(req("q", "words:\"飞 书 文档\""), "//result[@numFound=1]");

        Files.writeString(TestSolrHome.conf(home).resolve("words.txt"), "飞书文档\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertTokens("字节跳动", "的", "飞", "书", "文档", "很", "好", "用");  // nothing changes before the reload
        h.reload();
        assertTokens("字节跳动", "的", "飞书文档", "很", "好", "用");

        // the query analyzer has the new word, the index still has the old tokens
        assertQ(req("q", "words:飞书文档"), "//result[@numFound=0]");
        assertU(adoc("id", "1", "words", TEXT));
        assertU(commit());
        assertQ(req("q", "words:飞书文档"), "//result[@numFound=1]");
        assertQ(req("q", "words:\"飞 书 文档\""), "//result[@numFound=0]");
    }

    /** The field analysis handler's tokens for {@link #TEXT} in {@code text_zh_words}. */
    private static void assertTokens(String... terms) {
        String[] tests = new String[terms.length + 1];
        tests[0] = "count(//lst[@name='index']/arr/lst)=" + terms.length;
        for (int i = 0; i < terms.length; i++) {
            tests[i + 1] = "//lst[@name='index']/arr/lst[" + (i + 1) + "]/str[@name='text'][.='" + terms[i] + "']";
        }
        assertQ(req("qt", "/analysis/field", "analysis.fieldtype", "text_zh_words", "analysis.fieldvalue", TEXT),
                tests);
    }
}
