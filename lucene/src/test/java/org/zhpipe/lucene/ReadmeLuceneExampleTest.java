package org.zhpipe.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The README's Lucene example: this test runs it, and checks that the README shows exactly this code. */
class ReadmeLuceneExampleTest {
    @Test
    void readmeExampleRuns() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            // README-LUCENE-BEGIN
            Analyzer analyzer = new ZhpipeAnalyzer("convert:t2s,segment:mode=search");  // inline, JSON, or a Path
            Analyzer queries = new ZhpipeAnalyzer("convert:t2s,segment");               // no sub-words in queries
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                Document doc = new Document();
                doc.add(new TextField("body", "中華人民共和國成立了", Field.Store.YES));
                writer.addDocument(doc);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new QueryParser("body", queries).parse("人民");           // simplified finds traditional
            TopDocs hits = searcher.search(query, 10);
            String[] marked = UnifiedHighlighter.builder(searcher, analyzer).build()
                    .highlight("body", query, hits);                                // "中華<b>人民</b>共和國成立了"
            // README-LUCENE-END

            assertArrayEquals(new String[] {"中華<b>人民</b>共和國成立了"}, marked);
            reader.close();
            analyzer.close();
            queries.close();
        }
        String readme = Files.readString(root().resolve("README.md"));
        assertTrue(readme.contains("```java\n" + snippet() + "```\n"),
                "the README's Lucene example differs from this test's; copy it from here:\n" + snippet());
    }

    private static Path root() {
        return Path.of(System.getProperty("zhpipe.root", ".."));
    }

    /** The code between the markers above, unindented. */
    private static String snippet() throws Exception {
        String source = Files.readString(root().resolve(
                "lucene/src/test/java/org/zhpipe/lucene/ReadmeLuceneExampleTest.java"));
        String begin = "// README-LUCENE-BEGIN\n";
        String body = source.substring(source.indexOf(begin) + begin.length(),
                source.indexOf("            // README-LUCENE-END"));
        return body.lines().map(l -> l.length() >= 12 ? l.substring(12) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
    }
}
