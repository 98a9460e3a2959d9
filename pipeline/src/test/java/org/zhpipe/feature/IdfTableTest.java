package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IdfTable}: the bundled jieba table, the file format and its errors, jieba's median rule. */
class IdfTableTest {
    /** jieba 0.42.1's {@code TFIDF().idf_loader.median_idf}, printed by Python. */
    private static final double JIEBA_MEDIAN = 11.9547675029;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String error(String text) throws IOException {
        Path file = write("idf.txt", text);
        String message = assertThrows(IdfTableException.class, () -> IdfTable.load(file)).getMessage();
        String prefix = file + ":";
        assertTrue(message.startsWith(prefix), message);
        // the message without the directory, from "idf.txt:"
        return "idf.txt:" + message.substring(prefix.length());
    }

    @Test
    void bundledJiebaTable() {
        assertEquals(List.of("jieba"), IdfTable.bundledNames());
        IdfTable idf = IdfTable.bundled("jieba");
        // 270,132 lines (the last has no line feed), no term twice
        assertEquals(270_132, idf.size());
        assertEquals(13.900677652, idf.idf("劳动防护"));     // the first line
        assertEquals(0.88474202619, idf.idf("的"));          // the smallest value
        assertEquals(9.45802639549, idf.idf("人工智能"));
        assertEquals(13.2075304714, idf.idf("玩花样"));      // the last line
        assertTrue(idf.contains("中国"));
        assertFalse(idf.contains("没见过的词") || idf.contains("") || idf.contains("的的") || idf.contains("中国 "));
        assertEquals(JIEBA_MEDIAN, idf.median());
        assertEquals(JIEBA_MEDIAN, idf.idf("没见过的词"));
        assertEquals(JIEBA_MEDIAN, idf.idf(""));
        assertEquals("no bundled IDF table \"sklearn\"; bundled: jieba",
                assertThrows(IllegalArgumentException.class, () -> IdfTable.bundled("sklearn")).getMessage());
    }

    @Test
    void bundledTableHoldsEveryLineAndJiebasMedian() throws IOException {
        // read the resource independently: split on LF and the one space, as jieba's loader does
        String text;
        try (InputStream in = IdfTableTest.class.getResourceAsStream("/org/zhpipe/feature/jieba/idf.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Double> expected = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split(" ");
            assertEquals(2, fields.length, line);
            expected.put(fields[0], Double.parseDouble(fields[1]));
        }
        IdfTable idf = IdfTable.bundled("jieba");
        assertEquals(expected.size(), idf.size());
        expected.forEach((term, value) -> assertEquals(value, idf.idf(term), term));
        double[] sorted = expected.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertEquals(sorted[sorted.length / 2], idf.median());
    }

    @Test
    void userFile() throws IOException {
        Path file = write("mine.txt", "\uFEFF# my table\n"
                + "人工智能 9.8\r\n"
                + "\n"
                + "   \n"
                + "  # an indented comment\n"
                + "New York 7.5\n"              // a term with a space
                + "机器学习\t 6.25 \n"          // TAB and spaces around the value
                + "𠀀 12\n"                     // a supplementary-plane character
                + "深度　1.5e1\n"               // U+3000 separates too; an exponent
                + "人工智能 3.5\n"              // again: the last wins
                + "零 0\n"
                + "负零 -0\n"
                + "点 .5");                     // no line feed at the end
        IdfTable idf = IdfTable.load(file);
        assertEquals(8, idf.size());
        assertEquals(3.5, idf.idf("人工智能"));
        assertEquals(7.5, idf.idf("New York"));
        assertFalse(idf.contains("New") || idf.contains("NewYork") || idf.contains("New  York"));
        assertEquals(6.25, idf.idf("机器学习"));
        assertEquals(12.0, idf.idf("𠀀"));
        assertFalse(idf.contains("\uD840"));
        assertEquals(15.0, idf.idf("深度"));
        assertEquals(0.0, idf.idf("零"));
        assertEquals(0.0, idf.idf("负零"));
        assertEquals(0.5, idf.idf("点"));
        assertFalse(idf.contains("# my table") || idf.contains("\uFEFF# my table"));
        // sorted: 0, 0, 0.5, 3.5, 6.25, 7.5, 12, 15; index 8 / 2
        assertEquals(6.25, idf.median());
        assertEquals(6.25, idf.idf("不在表里"));
    }

    @Test
    void medianIsJiebasUpperMiddle() {
        assertEquals(3.0, IdfTable.of(Map.of("a", 4.0, "b", 1.0, "c", 3.0, "d", 2.0)).median());
        assertEquals(2.0, IdfTable.of(Map.of("a", 3.0, "b", 1.0, "c", 2.0)).median());
        assertEquals(7.0, IdfTable.of(Map.of("a", 7.0)).median());
        // the median is over distinct terms, after the last of a duplicate won: sorted 1, 5, 9 (not 1, 2, 5, 9)
        Map<String, Double> last = new LinkedHashMap<>();
        last.put("x", 2.0);
        last.put("y", 1.0);
        last.put("z", 5.0);
        last.put("x", 9.0);
        assertEquals(5.0, IdfTable.of(last).median());
    }

    @Test
    void duplicateLinesLastWinsAndCountOnce() throws IOException {
        IdfTable idf = IdfTable.load(write("dup.txt", "x 2\ny 1\nz 5\nx 9\n"));
        assertEquals(3, idf.size());
        assertEquals(9.0, idf.idf("x"));
        assertEquals(5.0, idf.median());
    }

    @Test
    void ofMap() {
        IdfTable idf = IdfTable.of(Map.of("的", 0.5, "𠀀", 12.0, "New York", 7.0));
        assertEquals(3, idf.size());
        assertEquals(12.0, idf.idf("𠀀"));
        assertEquals(7.0, idf.idf("New York"));
        assertEquals(7.0, idf.idf("other"));
        assertEquals("IdfTable[3 terms, median 7.0]", idf.toString());
        assertEquals("an empty IDF table",
                assertThrows(IllegalArgumentException.class, () -> IdfTable.of(Map.of())).getMessage());
        assertEquals("the IDF value of \"x\" is -1.0; an IDF is a finite number of 0 or more",
                assertThrows(IllegalArgumentException.class, () -> IdfTable.of(Map.of("x", -1.0))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> IdfTable.of(Map.of("x", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> IdfTable.of(Map.of("x", Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> IdfTable.of(Map.of("", 1.0)));
    }

    @Test
    void manyTermsAreAllFound() {
        // terms whose String.hashCode values crowd together: 2 chars, neighbouring code points
        Map<String, Double> map = new HashMap<>();
        for (char a = '\u4E00'; a < '\u4E00' + 200; a++) {
            for (char b = '\u4E00'; b < '\u4E00' + 200; b++) {
                map.put("" + a + b, (double) (a * 1000 + b));
            }
        }
        IdfTable idf = IdfTable.of(map);
        assertEquals(40_000, idf.size());
        map.forEach((term, value) -> assertEquals(value, idf.idf(term), term));
        assertFalse(idf.contains("\u4E00") || idf.contains("\u4E00\u4E00\u4E00") || idf.contains("\u4E00\u4F00"));
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        assertEquals("idf.txt:3: \"abc\" has no IDF value; each line is a term, a space and a number such as "
                + "\"人工智能 9.8\"", error("人工智能 9.8\n# comment\nabc\n"));
        assertEquals("idf.txt:2: the IDF value \"9,8\" is not a number; each line is a term, a space and a number "
                + "such as \"人工智能 9.8\"", error("人工智能 9.8\n机器学习 9,8\n"));
        // a term with a space and no value: the last word is read as the value
        assertEquals("idf.txt:1: the IDF value \"York\" is not a number; each line is a term, a space and a number "
                + "such as \"人工智能 9.8\"", error("New York"));
        assertEquals("idf.txt:2: the IDF value \"-0.5\" is negative; an IDF is a number of 0 or more, such as 9.8",
                error("a 1\nb -0.5\n"));
        assertEquals("idf.txt:1: the IDF value \"inf\" is not finite; an IDF is a number of 0 or more, such as 9.8",
                error("a inf"));
        assertEquals("idf.txt:1: the IDF value \"nan\" is not finite; an IDF is a number of 0 or more, such as 9.8",
                error("a nan"));
        assertEquals("idf.txt:1: the IDF value \"1e999\" is too large; an IDF is a number of 0 or more, such as 9.8",
                error("a 1e999"));
        assertEquals("idf.txt:1: \"" + "长".repeat(40) + "…\" has no IDF value; each line is a term, a space and a "
                + "number such as \"人工智能 9.8\"", error("长".repeat(100)));
    }

    @Test
    void invalidUtf8NamesItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("人工智能 9.8\n# 注释\n\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE4, (byte) 0xB8, ' ', '3', '\n'}); // a cut 3-byte sequence on line 4
        bytes.writeBytes("机器学习 6\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("bad.txt", bytes.toByteArray());
        assertEquals(file + ":4: not valid UTF-8; save the IDF table as UTF-8",
                assertThrows(IdfTableException.class, () -> IdfTable.load(file)).getMessage());
        // GBK, the usual mistake: 人工 9 on line 2
        Path gbk = write("gbk.txt", new byte[] {'a', ' ', '1', '\r', '\n', (byte) 0xC8, (byte) 0xCB, (byte) 0xB9,
            (byte) 0xA4, ' ', '9'});
        assertEquals(gbk + ":2: not valid UTF-8; save the IDF table as UTF-8",
                assertThrows(IdfTableException.class, () -> IdfTable.load(gbk)).getMessage());
        // an encoded surrogate (CESU-8) is not UTF-8 either
        Path cesu = write("cesu.txt", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', '1'});
        assertEquals(cesu + ":1: not valid UTF-8; save the IDF table as UTF-8",
                assertThrows(IdfTableException.class, () -> IdfTable.load(cesu)).getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = write("empty.txt", "");
        assertEquals(empty + ": the IDF table is empty; each line is a term, a space and a number such as "
                + "\"人工智能 9.8\"", assertThrows(IdfTableException.class, () -> IdfTable.load(empty)).getMessage());
        Path comments = write("comments.txt", "\uFEFF# nothing but comments\n\n  \n");
        assertEquals(comments + ": the IDF table is empty; each line is a term, a space and a number such as "
                + "\"人工智能 9.8\"",
                assertThrows(IdfTableException.class, () -> IdfTable.load(comments)).getMessage());
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file; check the path (a relative path is read from the folder of "
                + "the spec file that names it)", assertThrows(IdfTableException.class, () -> IdfTable.load(missing)).getMessage());
        assertEquals(dir + ": is a directory; give the path of an IDF table file",
                assertThrows(IdfTableException.class, () -> IdfTable.load(dir)).getMessage());
    }

    @Test
    void aByteOrderMarkCountsOnlyAtTheStart() throws IOException {
        IdfTable idf = IdfTable.load(write("bom.txt", "\uFEFFa 1\n\uFEFFb 2\n"));
        assertTrue(idf.contains("a"));
        // a BOM inside the file is U+FEFF, not white space: part of the term
        assertTrue(idf.contains("\uFEFFb"));
        assertEquals(List.of(1.0, 2.0), Arrays.asList(idf.idf("a"), idf.idf("\uFEFFb")));
    }
}
