package org.zhpipe.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Traditional text indexed with {@code convert:t2s}, queried in simplified: the UnifiedHighlighter marks the
 * original traditional words, whether it re-analyzes the stored text ({@code body}) or reads offsets from the
 * postings ({@code postings}); search mode's sub-words and phrase queries over them find and mark the same.
 */
public class HighlightTest extends LuceneTestCase {
    private static final String[] TEXTS = {"我們的記憶體不足，請關閉軟體。", "中華人民共和國成立了", "今天天氣很好"};

    public void testSimplifiedQueriesMarkTheTraditionalWords() throws IOException, ParseException {
        try (Analyzer index = new ZhpipeAnalyzer("convert:t2s,segment:mode=search");
             Analyzer query = new ZhpipeAnalyzer("convert:t2s,segment");
             Directory dir = newDirectory()) {
            write(dir, index);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = newSearcher(reader);
                for (String field : new String[] {"body", "postings"}) {
                    assertEquals(field, "我們的記憶體不足，請關閉<b>軟體</b>。",
                            highlight(searcher, index, field, parse(query, field, "软体")));
                    assertEquals(field, "中華<b>人民</b>共和國成立了",
                            highlight(searcher, index, field, parse(query, field, "人民")));
                    // a phrase is marked as one match
                    assertEquals(field, "<b>中華人民共和國成立</b>了",
                            highlight(searcher, index, field, parse(query, field, "\"中华人民共和国成立\"")));
                }
                // search mode at query time too: a multi-phrase query (any of the word and its sub-words, then 成立)
                assertEquals(1, searcher.count(parse(index, "body", "\"中华人民共和国成立\"")));
                // the price of the flat stream: two sub-words of one word are no phrase
                assertEquals(0, searcher.count(parse(query, "body", "\"中华人民\"")));
            }
        }
    }

    private static void write(Directory dir, Analyzer analyzer) throws IOException {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (IndexWriter writer = new IndexWriter(dir, newIndexWriterConfig(analyzer))) {
            for (String text : TEXTS) {
                Document doc = new Document();
                doc.add(new Field("body", text, TextField.TYPE_STORED));
                doc.add(new Field("postings", text, withOffsets));
                writer.addDocument(doc);
            }
        }
    }

    private static Query parse(Analyzer analyzer, String field, String text) throws ParseException {
        return new QueryParser(field, analyzer).parse(text);
    }

    /** The highlighted text of the one document the query finds. */
    private static String highlight(IndexSearcher searcher, Analyzer analyzer, String field, Query query)
            throws IOException {
        TopDocs hits = searcher.search(query, 10);
        assertEquals(query.toString(), 1, hits.totalHits.value);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
        return highlighter.highlight(field, query, hits)[0];
    }
}
