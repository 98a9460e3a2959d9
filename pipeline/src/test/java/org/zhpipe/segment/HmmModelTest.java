package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the character HMM and cutting with it. */
class HmmModelTest {
    private static HmmModel read(String text) throws IOException {
        return HmmModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hmm.txt");
    }

    /** The ends {@link HmmModel#cut} reports for {@code s}. */
    private static List<Integer> cut(HmmModel hmm, String s) {
        int[] codePoints = s.codePoints().toArray();
        List<Integer> ends = new ArrayList<>();
        hmm.cut(codePoints, 0, codePoints.length, ends::add);
        return ends;
    }

    @Test
    void readsTheTextFormat() throws IOException {
        HmmModel hmm = read("# a model\r\nstart\tB\t-0.5\nstart\tS\t-1\ntrans\tB\tE\t-0.1\ntrans\tE\tB\t-0.2\n"
                + "trans\tS\tS\t-0.3\ntrans\tE\tS\t-0.4\ntrans\tS\tB\t-0.5\n"
                + "emit\tB\t王\t-1\nemit\tE\t明\t-1\nemit\tS\t𠀀\t-1\nemit\tB\t𠀀\t-9\n");
        assertEquals(List.of(2, 3), cut(hmm, "王明𠀀"));
    }

    @Test
    void errorsNameTheLine() {
        assertEquals("hmm.txt:2: unknown state X; expected start/trans/emit records separated by TABs",
                assertThrows(DictionaryException.class, () -> read("start\tB\t-1\nstart\tX\t-1\n")).getMessage());
        assertEquals("hmm.txt:1: not one character: 王明; expected start/trans/emit records separated by TABs",
                assertThrows(DictionaryException.class, () -> read("emit\tB\t王明\t-1\n")).getMessage());
        assertEquals("hmm.txt:3: unknown record stop; expected start/trans/emit records separated by TABs",
                assertThrows(DictionaryException.class, () -> read("start\tB\t-1\n\nstop\tB\t-1")).getMessage());
        assertEquals("hmm.txt:1: not a number: NaN; expected start/trans/emit records separated by TABs",
                assertThrows(DictionaryException.class, () -> read("start\tB\tNaN\n")).getMessage());
    }

    @Test
    void theBundledModel() {
        HmmModel hmm = HmmModel.bundled();
        // jieba's finalseg cuts 王小明说 into 王小明/说
        assertEquals(List.of(3, 4), cut(hmm, "王小明说"));
    }
}
