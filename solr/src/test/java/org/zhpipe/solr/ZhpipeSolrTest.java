package org.zhpipe.solr;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.schema.IndexSchema;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The README's field types in a Solr core: traditional Chinese indexed, found by simplified queries (terms, phrases,
 * search mode's sub-words), highlighted on the original characters by the unified highlighter; a spec file and its
 * user dictionary read from the core's conf/.
 */
public class ZhpipeSolrTest extends SolrNodeTestCase {
    private static Path home;

    @BeforeClass
    public static void beforeClass() throws Exception {
        home = TestSolrHome.copyTo(createTempDir("solr-home"), "schema.xml");
        startNode(home);
        assertU(adoc("id", "1", "body", "中華人民共和國成立了", "words", "字節跳動的飛書文檔很好用",
                "standard", "記憶體不足"));
        assertU(adoc("id", "2", "body", "臺灣的記憶體價格", "words", "字節與跳動", "standard", "滑鼠與鍵盤"));
        assertU(commit());
    }

    @Test
    public void theFactoriesComeFromThePluginJarOrTheClassPath() throws URISyntaxException {
        IndexSchema schema = h.getCore().getLatestSchema();
        Class<?> factory = ((TokenizerChain) schema.getFieldType("body").getIndexAnalyzer()).getTokenizerFactory()
                .getClass();
        assertEquals("org.zhpipe.lucene.ZhpipeTokenizerFactory", factory.getName());
        Path from = Path.of(factory.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = TestSolrHome.pluginJar();
        if (jar == null) {
            assertFalse(from.toString(), from.startsWith(home));
        } else {
            assertEquals(home.resolve("lib").resolve(jar.getFileName().toString()), from);
        }
    }

    @Test
    public void simplifiedQueriesFindTraditionalDocuments() {
        assertQ(req("q", "body:人民"), "//result[@numFound=1]", "//doc/str[@name='id'][.='1']");
        assertQ(req("q", "body:台湾"), "//result[@numFound=1]", "//doc/str[@name='id'][.='2']");
        // search mode's sub-word, indexed on its word's position
        assertQ(req("q", "body:共和国"), "//result[@numFound=1]", "//doc/str[@name='id'][.='1']");
        assertQ(req("q", "body:\"中华人民共和国 成立\""), "//result[@numFound=1]", "//doc/str[@name='id'][.='1']");
        assertQ(req("q", "body:\"成立 中华人民共和国\""), "//result[@numFound=0]");
        assertQ(req("q", "body:记忆体"), "//result[@numFound=1]", "//doc/str[@name='id'][.='2']");
    }

    @Test
    public void theUnifiedHighlighterMarksTheOriginalTraditionalWords() {
        assertQ(req("q", "body:人民", "hl", "true", "hl.method", "unified", "hl.fl", "body"),
                "//lst[@name='highlighting']/lst[@name='1']/arr[@name='body']/str[.='中華<em>人民</em>共和國成立了']");
        assertQ(req("q", "body:\"中华人民共和国 成立\"", "hl", "true", "hl.method", "unified", "hl.fl", "body"),
                "//lst[@name='highlighting']/lst[@name='1']/arr[@name='body']/str[.='<em>中華人民共和國成立</em>了']");
        assertQ(req("q", "body:台湾", "hl", "true", "hl.method", "unified", "hl.fl", "body"),
                "//lst[@name='highlighting']/lst[@name='2']/arr[@name='body']/str[.='<em>臺灣</em>的記憶體價格']");
    }

    @Test
    public void theSpecFilesUserDictionaryIsReadFromTheCoresConf() {
        // words.txt in conf/ has 字节跳动: one word, so the phrase of its parts finds only the document that has them
        assertQ(req("q", "words:字节跳动"), "//result[@numFound=1]", "//doc/str[@name='id'][.='1']");
        assertQ(req("q", "words:\"字节 跳动\""), "//result[@numFound=0]");
        assertQ(req("qt", "/analysis/field", "analysis.fieldtype", "text_zh_words",
                        "analysis.fieldvalue", "字節跳動的飛書文檔"),
                "count(//lst[@name='index']/arr/lst)=5",
                "//lst[@name='index']/arr/lst[1][str[@name='text']='字节跳动'][int[@name='start']=0][int[@name='end']=4]",
                "//lst[@name='index']/arr/lst[5][str[@name='text']='文档'][int[@name='start']=7][int[@name='end']=9]");
    }

    @Test
    public void theCharFilterSpecFileFromConfFeedsTheStandardTokenizer() {
        assertQ(req("q", "standard:\"内存\"", "hl", "true", "hl.method", "unified", "hl.fl", "standard"),
                "//result[@numFound=1]", "//doc/str[@name='id'][.='1']",
                "//lst[@name='highlighting']/lst[@name='1']/arr[@name='standard']/str[.='<em>記憶體</em>不足']");
        assertQ(req("q", "standard:\"鼠标\""), "//result[@numFound=1]", "//doc/str[@name='id'][.='2']");
    }
}
