package org.zhpipe.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.core.CoreContainer;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A wrong spec fails its core's load, and zhpipe's one-line message is among the causes Solr reports. One node with
 * two cores that fail: Lucene's analysis SPI is global to the JVM, so a plugin jar's node is started once per JVM.
 */
public class BadSpecTest extends SolrNodeTestCase {
    private static Path home;

    @BeforeClass
    public static void beforeClass() {
        home = TestSolrHome.copyTo(createTempDir("solr-home"), "schema-bad-spec.xml");
        TestSolrHome.addCore(home, "bad_spec_file", "schema-bad-spec-file.xml");
        startNode(home);
    }

    @Test
    public void aWrongInlineSpecFailsTheCoreLoad() {
        assertCoreLoadFailedWith(TestSolrHome.CORE, "inline:1:26: stages[1].mode: unknown value \"serch\" (a string); "
                + "did you mean \"search\"? Expected one of: normal, search");
    }

    @Test
    public void aMissingUserDictionaryOfASpecFileFailsTheCoreLoad() {
        assertCoreLoadFailedWith("bad_spec_file", "zh-missing-words.json:1:46: stages[0].userDictionaries: "
                + home.resolve("bad_spec_file").resolve("conf").resolve("missing-words.txt") + ": no such file; "
                + "check the path (a relative path is read from the folder of the spec file that names it)");
    }

    private static void assertCoreLoadFailedWith(String core, String message) {
        CoreContainer.CoreLoadFailure failure = h.getCoreContainer().getCoreInitFailures().get(core);
        assertNotNull(core + " failed", failure);
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure.exception; t != null; t = t.getCause()) {
            messages.add(t.getMessage());
        }
        assertTrue(messages.toString(), messages.contains(message));
    }
}
