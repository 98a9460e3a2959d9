package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupIndexTest {
    private static final String NEWS = "新华社北京十二月三十一日电，国家主席在新年前夕发表了题为共同创造美好的新世纪的新年贺词，"
            + "向全国各族人民和海外侨胞致以新年的祝福。";

    @Test
    void theListenerSeesEachJoinOnceWithTheEarlierDocumentFirst() throws IOException {
        String[] docs = {
            NEWS,
            "今天下午我们在图书馆讨论了新学期的课程安排和考试时间，大家都很满意。",
            NEWS,
            NEWS.replace("年贺词", "年的贺词"),
        };
        List<String> joins = new ArrayList<>();
        Sketcher sketcher = new Sketcher(DedupSettings.DEFAULTS.withThreshold(0.6));
        try (DedupIndex index = new DedupIndex(DedupSettings.DEFAULTS.withThreshold(0.6), dir)) {
            for (String doc : docs) {
                index.add(sketcher.sketch(doc));
            }
            Clustering clustering = index.cluster((earlier, later) -> joins.add(earlier + "-" + later));
            assertEquals(List.of(0, 1, 0, 0), List.of(clustering.keptFor(0), clustering.keptFor(1),
                    clustering.keptFor(2), clustering.keptFor(3)));
        }
        // three documents in one cluster: two joins, a spanning tree; the pair the second join closes is not verified
        assertEquals(2, joins.size());
        assertEquals(2, joins.stream().distinct().count());
        assertTrue(List.of("0-2", "0-3", "2-3").containsAll(joins), joins::toString);
    }

    @TempDir
    Path dir;
}
