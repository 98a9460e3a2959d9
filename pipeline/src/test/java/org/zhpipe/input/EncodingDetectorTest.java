package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

public class EncodingDetectorTest {
    /** Simplified Chinese prose, which the batch run tests encode too. */
    public static final String SIMPLIFIED = "今天天气很好，我们一起去公园散步吧。中国的首都是北京，人口超过两千万。"
            + "自然语言处理是人工智能的一个重要分支，它研究如何让计算机理解人类的语言。";
    /** Traditional Chinese prose. */
    public static final String TRADITIONAL = "今天天氣很好，我們一起去公園散步吧。臺灣的首都是臺北，這裡有很多美味的小吃。"
            + "自然語言處理是人工智慧的一個重要分支，它研究如何讓電腦理解人類的語言。";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final EncodingDetector DETECTOR = new EncodingDetector(CharacterFrequencies.bundled());

    private static DetectedEncoding detect(byte[] bytes) {
        return DETECTOR.detect("in.txt", bytes, bytes.length, true);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void validUtf8OfRareCharactersStaysUtf8() {
        // random characters of U+4E00..U+5AB7 are rare, so no decoding is plausible as Chinese, but valid UTF-8
        // throughout is UTF-8 (ICU4J guessed windows-1252 for it, and every line became a bad record)
        java.util.Random random = new java.util.Random(1);
        StringBuilder sb = new StringBuilder();
        for (int line = 0; line < 200; line++) {
            for (int i = 0; i < 40; i++) {
                sb.appendCodePoint(0x4E00 + random.nextInt(0x5AB8 - 0x4E00));
            }
            sb.append('\n');
        }
        DetectedEncoding e = detect(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, e.charset(), e.reason());
        assertTrue(e.reason().startsWith("valid UTF-8 throughout, though not plausible as Chinese"), e.reason());
    }

    @Test
    void gb18030TextIsDetectedAsGb18030() {
        DetectedEncoding e = detect((SIMPLIFIED + "\n" + SIMPLIFIED + "\n").getBytes(GB18030));
        assertEquals(GB18030, e.charset());
        assertTrue(e.reason().startsWith("plausible as Chinese: GB18030 100%, UTF-8 "), e.reason());
        assertEquals(0, e.bomLength());
    }

    @Test
    void gbkAndGb2312TextIsReadAsGb18030() {
        assertEquals(GB18030, detect(SIMPLIFIED.getBytes(Charset.forName("GB2312"))).charset());
        assertEquals(GB18030, detect(SIMPLIFIED.getBytes(Charset.forName("GBK"))).charset());
    }

    @Test
    void big5TextIsDetectedAsBig5() {
        DetectedEncoding e = detect((TRADITIONAL + "\n" + TRADITIONAL + "\n").getBytes(BIG5));
        assertEquals(BIG5, e.charset());
    }

    @Test
    void nihaoInGb18030IsGb18030NotBig5() {
        // 你好 in GB18030 is 斕疑 in Big5 and invalid UTF-8
        DetectedEncoding e = detect(bytes(0xC4, 0xE3, 0xBA, 0xC3, '\n'));
        assertEquals(GB18030, e.charset());
        assertEquals("plausible as Chinese: GB18030 100%, UTF-8 0%, Big5 50% of 2 non-ASCII characters; not UTF-8: "
                + "invalid at byte 0", e.reason());
    }

    @Test
    void xiexieInGb18030IsGb18030ThoughItIsValidUtf8() {
        // D0 BB D0 BB is 谢谢 in GB18030 and лл (two Cyrillic letters) in UTF-8
        assertEquals(GB18030, detect(bytes(0xD0, 0xBB, 0xD0, 0xBB, '\n')).charset());
    }

    @Test
    void shortChineseWordsAreDetectedInEachEncoding() {
        for (String word : List.of("你好", "谢谢", "中国", "北京", "我们", "今天", "学习", "电脑")) {
            assertEquals(GB18030, detect((word + "\n").getBytes(GB18030)).charset(), word);
            assertEquals(StandardCharsets.UTF_8, detect((word + "\n").getBytes(StandardCharsets.UTF_8)).charset(),
                    word);
        }
        for (String word : List.of("你好", "謝謝", "中國", "臺北", "我們", "今天", "學習", "電腦")) {
            assertEquals(BIG5, detect((word + "\n").getBytes(BIG5)).charset(), word);
        }
    }

    @Test
    void aBig5SentenceIsBig5() {
        assertEquals(BIG5, detect("我們明天去臺北看電影。\n".getBytes(BIG5)).charset());
    }

    @Test
    void utf8WithOneBadByteAtTheStartStaysUtf8() {
        byte[] text = (SIMPLIFIED + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 1];
        bytes[0] = (byte) 0xFF;
        System.arraycopy(text, 0, bytes, 1, text.length);
        DetectedEncoding e = detect(bytes);
        assertEquals(StandardCharsets.UTF_8, e.charset());
        assertTrue(e.reason().endsWith("; 1 invalid UTF-8 sequence in the sample, the first at byte 0: lines with "
                + "one are bad records"), e.reason());
    }

    @Test
    void utf8WithOnePercentBadLinesStaysUtf8() {
        byte[] good = (SIMPLIFIED + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[0];
        for (int i = 0; i < 100; i++) {
            byte[] line = i % 50 == 0 ? bytes(0xB2, 0xBB, 0xBA, 0xC3, '\n') : good; // 不好 in GB18030
            bytes = concat(bytes, line);
        }
        assertEquals(StandardCharsets.UTF_8, detect(bytes).charset());
    }

    @Test
    void latinTextInUtf8IsUtf8() {
        assertEquals(StandardCharsets.UTF_8, detect("Café crème, naïve résumé, Ελληνικά, привет мир\n"
                .getBytes(StandardCharsets.UTF_8)).charset());
    }

    @Test
    void windows1252TextFallsBackToIcu() {
        Charset cp1252 = Charset.forName("windows-1252");
        String french = "Le café est très bon. À côté de l'église, les élèves étudient le français avec plaisir. "
                + "Où est la bibliothèque? Là-bas, près du théâtre. C'était une journée très agréable.\n";
        DetectedEncoding e = detect(french.repeat(3).getBytes(cp1252));
        assertTrue(e.charset().name().startsWith("windows-125") || e.charset().name().startsWith("ISO-8859"),
                e.toString());
        assertTrue(e.reason().contains("not plausible as Chinese"), e.reason());
    }

    @Test
    void validUtf8ChineseIsUtf8AndPlainAsciiToo() {
        DetectedEncoding e = detect(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, e.charset());
        assertTrue(e.reason().startsWith("plausible as Chinese: UTF-8 100%, "), e.reason());
        assertEquals(new DetectedEncoding("in.txt", StandardCharsets.UTF_8, "ASCII only in the first 12 bytes", 0),
                detect("plain ascii\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, detect(new byte[0]).charset());
    }

    @Test
    void aUtf8SequenceCutAtTheEndOfAPartialSampleIsStillUtf8() {
        byte[] bytes = "今天好好".getBytes(StandardCharsets.UTF_8); // 12 bytes; cut inside the fourth character
        DetectedEncoding e = DETECTOR.detect("in.txt", bytes, 10, false);
        assertEquals(StandardCharsets.UTF_8, e.charset());
        assertTrue(!e.reason().contains("invalid"), e.reason());
    }

    @Test
    void detectionIsDeterministic() {
        byte[] bytes = (SIMPLIFIED + "\n").getBytes(GB18030);
        assertEquals(detect(bytes), detect(Arrays.copyOf(bytes, bytes.length)));
    }

    @Test
    void aUtf8ByteOrderMarkIsRecognisedAndSkipped() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(new DetectedEncoding("in.txt", StandardCharsets.UTF_8, "byte-order mark", 3), detect(bytes));
    }

    @Test
    void utf16IsRefusedWithAnIconvHint() {
        InputException withBom = assertThrows(InputException.class,
                () -> detect(SIMPLIFIED.getBytes(StandardCharsets.UTF_16)));
        assertEquals("in.txt starts with a UTF-16 or UTF-32 byte-order mark, which zhpipe does not read: convert it "
                + "first, e.g. iconv -f UTF-16 -t UTF-8 in.txt > converted.txt", withBom.getMessage());
        InputException withoutBom = assertThrows(InputException.class,
                () -> detect("plain ascii text".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("in.txt has NUL bytes at every other position, so it looks like UTF-16 or UTF-32, which zhpipe "
                + "does not read: convert it first, e.g. iconv -f UTF-16 -t UTF-8 in.txt > converted.txt",
                withoutBom.getMessage());
    }

    @Test
    void binaryDataIsNotCalledUtf16() {
        // the start of an ELF executable: NUL bytes at both even and odd offsets
        byte[] elf = new byte[256];
        byte[] header = bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0,
                0x30, 0x6D, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0);
        System.arraycopy(header, 0, elf, 0, header.length);
        for (int i = header.length; i < elf.length; i++) {
            elf[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
        }
        InputException e = assertThrows(InputException.class, () -> detect(elf));
        assertTrue(e.getMessage().startsWith("in.txt looks like binary data, not text ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in the first 256 bytes): give text files only"), e.getMessage());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
