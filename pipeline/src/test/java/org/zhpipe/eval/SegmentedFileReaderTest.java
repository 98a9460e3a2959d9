package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading segmented files and word lists in the bakeoff's format, with its quirks. */
class SegmentedFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void parsesWordsSeparatedByAnyWhiteSpace() {
        Segmentation s = Segmentation.parse("  我  喜欢\u3000北京\t天安门 \u00A0𠀀 ");
        assertEquals("我喜欢北京天安门𠀀", s.text());
        assertEquals(List.of("我", "喜欢", "北京", "天安门", "𠀀"), s.words());
        assertEquals(5, s.size());
        assertEquals(1, s.start(1));
        assertEquals(3, s.end(1));
        assertEquals(8, s.start(4));
        assertEquals(10, s.end(4));
        assertEquals("我 喜欢 北京 天安门 𠀀", s.toString());
        assertEquals(Segmentation.parse("我 喜欢 北京 天安门 𠀀"), s);
        assertEquals(0, Segmentation.parse(" \u3000 ").size());
        assertEquals("", Segmentation.parse("").text());
    }

    @Test
    void readsBomCrlfTwoSpacesAndBlankLines() throws IOException {
        Path file = dir.resolve("gold.utf8");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "共同  创造  美好\r\n\r\n“  人们  常说\r\n最后".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(bom, body));
        try (SegmentedFileReader reader = SegmentedFileReader.open(file)) {
            assertEquals(0, reader.lineNumber());
            Segmentation first = reader.next();
            assertEquals(List.of("共同", "创造", "美好"), first.words());
            assertEquals("共同创造美好", first.text());
            assertEquals(1, reader.lineNumber());
            assertEquals(0, reader.next().size());
            assertEquals(List.of("“", "人们", "常说"), reader.next().words());
            assertEquals(List.of("最后"), reader.next().words());
            assertEquals(4, reader.lineNumber());
            assertNull(reader.next());
        }
        assertEquals(4, SegmentedFileReader.readAll(file).size());
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = dir.resolve("nope.utf8");
        EvalInputException e = assertThrows(EvalInputException.class, () -> SegmentedFileReader.open(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(missing, e.path());
        assertEquals(0, e.line());
        assertEquals(dir + ": is a directory, expected a text file",
                assertThrows(EvalInputException.class, () -> TrainingWords.read(dir)).getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("gbk.txt");
        byte[] good = "好  的\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "中国".getBytes("GB18030");
        Files.write(file, concat(good, gbk));
        EvalInputException e = assertThrows(EvalInputException.class, () -> SegmentedFileReader.readAll(file));
        assertEquals(2, e.line());
        assertEquals(file + ":2: not valid UTF-8; convert the file to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8)",
                e.getMessage());
    }

    @Test
    void wordListIsTrimmedAndIgnoresBlankLines() throws IOException {
        Path file = dir.resolve("words.utf8");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(bom, "北京\r\n  喜欢 \r\n\r\n北京\r\n天安门\u3000\n".getBytes(StandardCharsets.UTF_8)));
        TrainingWords words = TrainingWords.read(file);
        assertEquals(3, words.size());
        assertEquals(true, words.contains("北京"));
        assertEquals(true, words.contains("喜欢"));
        assertEquals(true, words.contains("天安门"));
        assertEquals(false, words.contains("我"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
