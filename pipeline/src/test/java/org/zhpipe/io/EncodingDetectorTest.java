package org.zhpipe.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
    static final String SIMPLIFIED = "今天天气很好，我们一起去公园散步吧。中国的首都是北京，人口超过两千万。"
            + "自然语言处理是人工智能的一个重要分支，它研究如何让计算机理解人类的语言。";
    static final String TRADITIONAL = "今天天氣很好，我們一起去公園散步吧。臺灣的首都是臺北，這裡有很多美味的小吃。"
            + "自然語言處理是人工智慧的一個重要分支，它研究如何讓電腦理解人類的語言。";

    private static DetectedEncoding detect(byte[] bytes) {
        return EncodingDetector.detect("in.txt", bytes, bytes.length, true);
    }

    @Test
    void gb18030TextIsDetectedAsGb18030() {
        DetectedEncoding e = detect((SIMPLIFIED + "\n" + SIMPLIFIED + "\n").getBytes(Charset.forName("GB18030")));
        assertEquals(Charset.forName("GB18030"), e.charset());
        assertTrue(e.reason().startsWith("detected, confidence "), e.reason());
        assertEquals(0, e.bomLength());
    }

    @Test
    void gbkAndGb2312TextIsReadAsGb18030() {
        assertEquals(Charset.forName("GB18030"), detect(SIMPLIFIED.getBytes(Charset.forName("GB2312"))).charset());
        assertEquals(Charset.forName("GB18030"), detect(SIMPLIFIED.getBytes(Charset.forName("GBK"))).charset());
    }

    @Test
    void big5TextIsDetectedAsBig5() {
        DetectedEncoding e = detect((TRADITIONAL + "\n" + TRADITIONAL + "\n").getBytes(Charset.forName("Big5")));
        assertEquals(Charset.forName("Big5"), e.charset());
    }

    @Test
    void validUtf8IsUtf8AndPlainAsciiToo() {
        assertEquals(new DetectedEncoding("in.txt", StandardCharsets.UTF_8, "valid UTF-8", 0),
                detect(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, detect("plain ascii\n".getBytes(StandardCharsets.US_ASCII)).charset());
        assertEquals(StandardCharsets.UTF_8, detect(new byte[0]).charset());
    }

    @Test
    void aUtf8SequenceCutAtTheEndOfAPartialSampleIsStillUtf8() {
        byte[] bytes = "好好".getBytes(StandardCharsets.UTF_8); // 6 bytes; cut inside the second character
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detect("in.txt", bytes, 4, false).charset());
        assertTrue(!EncodingDetector.isUtf8(bytes, 4, true));
    }

    @Test
    void aUtf8ByteOrderMarkIsRecognisedAndSkipped() {
        byte[] text = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
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
        assertTrue(withoutBom.getMessage().contains("many NUL bytes"), withoutBom.getMessage());
    }
}
