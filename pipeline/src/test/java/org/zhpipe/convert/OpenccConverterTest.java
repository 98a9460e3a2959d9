package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenccConverterTest {
    /** One loader for the class: each configuration is built once, dictionaries shared between them. */
    private static final OpenccLoader LOADER = new OpenccLoader();

    private static OpenccConverter converter(String name) {
        return LOADER.bundled(name);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "s2t   | 胚胎发育，头发干燥。       | 胚胎發育，頭髮乾燥。",
        "s2t   | 我们的软件和干部           | 我們的軟件和幹部",
        "s2t   | 一个                       | 一個",
        "t2s   | 軟體開發與乾燥的頭髮       | 软体开发与干燥的头发",
        "s2tw  | 为什么下着雨               | 為什麼下著雨",
        "tw2s  | 為什麼下著雨               | 为什么下着雨",
        "s2twp | 鼠标和内存的软件，信息     | 滑鼠和記憶體的軟體，資訊",
        "tw2sp | 滑鼠和記憶體的軟體         | 鼠标和内存的软件",
        "s2hk  | 为了卫生                   | 為了衞生",
        "hk2s  | 為了衞生                   | 为了卫生",
        "s2hkp | 宽带和光标                 | 寬頻和游標",
        "hk2sp | 寬頻                       | 宽带",
        "t2tw  | 爲了着想                   | 為了著想",
        "tw2t  | 為了著想                   | 爲了着想",
        "t2hk  | 衛生                       | 衞生",
        "hk2t  | 衞生                       | 衛生",
        "t2jp  | 舊字體與廣場               | 旧字体与広場",
        "jp2t  | 旧字体と広場               | 舊字體と廣場",
    })
    void knownConversions(String config, String input, String expected) {
        assertEquals(expected, converter(config).convert(input));
    }

    @Test
    void phrasesWinOverCharacters() {
        // 发 alone is 發 or 髮; the phrase 发育 decides: 發育, never 髮育
        assertEquals("胚胎發育", converter("s2t").convert("胚胎发育"));
        assertEquals("頭髮", converter("s2t").convert("头发"));
    }

    @Test
    void unchangedTextIsReturnedItself() {
        String plain = "今天天气很好, Hello!";
        assertSame(plain, converter("t2s").convert(plain));
        assertSame("", converter("s2t").convert(""));
    }

    @Test
    void emptyInputHasNoSegments() {
        List<String> seen = new ArrayList<>();
        converter("s2twp").convert("", (start, end, output) -> seen.add(output));
        assertEquals(List.of(), seen);
        assertEquals(List.of(), converter("s2twp").inspect(""));
    }

    @Test
    void supplementaryCharactersPassThroughWhole() {
        OpenccConverter s2t = converter("s2t");
        assertEquals("𠀀發😀𪚥", s2t.convert("𠀀发😀𪚥"));
        assertEquals(List.of("[0,2)𠀀", "[2,3)發", "[3,7)😀𪚥"), pieces(s2t, "𠀀发😀𪚥"));
        // unpaired surrogates are characters of their own
        assertEquals("\uD800發\uDC00", s2t.convert("\uD800发\uDC00"));
        // keys outside the BMP match as whole code points: 𠆲 (U+201B2) → 儣, 周𫖮 (U+2B5AE) → 周顗
        assertEquals("儣周顗", s2t.convert("𠆲周𫖮"));
        assertEquals(List.of("[0,2)儣", "[2,5)周顗"), pieces(s2t, "𠆲周𫖮"));
    }

    @Test
    void ideographicDescriptionSequencesAreCopiedWhole() {
        // ⿰钅干 describes one character: its 干 is not converted; the next 干 is
        assertEquals("⿰钅干幹", converter("s2t").convert("⿰钅干干"));
        // an incomplete sequence is just characters
        assertEquals("⿰幹", converter("s2t").convert("⿰干"));
    }

    @Test
    void piecesAreAsSmallAsTheConversionAllows() {
        assertEquals(List.of("[0,2)滑鼠", "[2,3)和", "[3,5)記憶體"), pieces(converter("s2twp"), "鼠标和内存"));
        assertEquals(List.of("[0,2)發展", "[2,3)了"), pieces(converter("s2t"), "发展了"));
        assertEquals(List.of("[0,3)内存"), pieces(converter("tw2sp"), "記憶體"));
        assertEquals(List.of("[0,6)Hello "), pieces(converter("s2t"), "Hello "));
    }

    @Test
    void inspectionShowsEachStepAndMatch() {
        List<InspectedSegment> segments = converter("s2twp").inspect("鼠标和内存");
        assertEquals(1, segments.size()); // no phrase of the segmentation dictionaries: one segment
        InspectedSegment s = segments.get(0);
        assertEquals(0, s.start());
        assertEquals(5, s.end());
        assertEquals("滑鼠和記憶體", s.output());
        assertEquals(List.of(new InspectedStep(1, "鼠标和内存", "鼠标和内存", List.of())), s.normalization());
        assertEquals(List.of(
                new InspectedStep(1, "鼠标和内存", "鼠標和內存", List.of(
                        new DictionaryMatch(1, 2, "STCharacters.txt", "标", "標"),
                        new DictionaryMatch(3, 4, "STCharacters.txt", "内", "內"))),
                new InspectedStep(2, "鼠標和內存", "滑鼠和記憶體", List.of(
                        new DictionaryMatch(0, 2, "TWPhrases.txt", "鼠標", "滑鼠"),
                        new DictionaryMatch(3, 5, "TWPhrases.txt", "內存", "記憶體")))),
                s.conversion());
    }

    @Test
    void inspectionFollowsTheSegmentation() {
        // tw2sp segments with TSPhrases: its phrases are segments, and so is the text between them
        List<InspectedSegment> segments = converter("tw2sp").inspect("一目瞭然的乾坤");
        assertEquals(List.of("一目瞭然", "的", "乾坤"), segments.stream().map(InspectedSegment::input).toList());
        assertEquals(List.of("一目了然", "的", "乾坤"), segments.stream().map(InspectedSegment::output).toList());
        assertEquals(List.of(0, 4, 5), segments.stream().map(InspectedSegment::start).toList());
        assertEquals(new DictionaryMatch(0, 4, "TSPhrases.txt", "一目瞭然", "一目了然"),
                segments.get(0).conversion().get(1).matches().get(0));
    }

    @Test
    void normalizationMapsCompatibilityIdeographs() {
        // U+F92C 郎 (CJK compatibility) is normalized to U+90CE 郎 before converting
        assertEquals("\u90CE", converter("t2s").convert("\uF92C"));
        assertEquals(List.of("[0,1)\u90CE"), pieces(converter("t2s"), "\uF92C"));
        InspectedSegment s = converter("t2s").inspect("\uF92C").get(0);
        assertEquals(List.of(new DictionaryMatch(0, 1, "CJK_Compatibility_Ideographs.txt", "\uF92C", "\u90CE")),
                s.normalization().get(0).matches());
    }

    @Test
    void tofuRiskDictionariesAreIncludedUnlessTurnedOff() {
        assertEquals("𫝈", OpenccConverter.bundled("t2s").convert("㑮"));
        assertEquals("㑮", OpenccConverter.bundled("t2s", false).convert("㑮"));
        assertEquals("㑮", LOADER.bundled("t2s.json", false).convert("㑮"));
    }

    @Test
    void bundledNames() {
        assertEquals(List.of("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "s2hkp", "hk2sp", "t2tw",
                "tw2t", "t2hk", "hk2t", "t2jp", "jp2t"), OpenccConverter.bundledNames());
        assertEquals("Simplified Chinese to Traditional Chinese (OpenCC Standard)", converter("s2t.json").name());
    }

    @Test
    void unknownBundledName() {
        OpenccConfigException e = assertThrows(OpenccConfigException.class, () -> OpenccConverter.bundled("s2x"));
        assertEquals("unknown bundled OpenCC configuration \"s2x\"; use one of s2t, t2s, s2tw, tw2s, s2twp, tw2sp,"
                + " s2hk, hk2s, s2hkp, hk2sp, t2tw, tw2t, t2hk, hk2t, t2jp, jp2t, or OpenccConverter.fromFile for your"
                + " own", e.getMessage());
    }

    @Test
    void aLoaderReadsEachDictionaryOnceAndSharesTries() {
        OpenccLoader loader = new OpenccLoader();
        loader.bundled("s2t"); // CJK_Compatibility_Ideographs, STPhrases, STPhrases_Generated..., STCharacters
        assertEquals(4, loader.dictionaryCount());
        assertEquals(2, loader.trieCount()); // the normalization's, the step's
        loader.bundled("s2twp"); // adds TWPhrases, TWVariantsPhrases, TWVariants
        assertEquals(7, loader.dictionaryCount());
        assertEquals(3, loader.trieCount()); // the segmentation walks the first step's trie; the second step's is new
        loader.bundled("s2tw"); // TWVariantsPhrases and TWVariants: a new trie, no new file
        assertEquals(7, loader.dictionaryCount());
        assertEquals(4, loader.trieCount());
        OpenccLoader alone = new OpenccLoader();
        alone.bundled("tw2sp"); // segmentation by TSPhrases, within the second step's trie
        assertEquals(3, alone.trieCount());
    }

    static List<String> pieces(OpenccConverter converter, String text) {
        List<String> pieces = new ArrayList<>();
        int[] covered = {0};
        converter.convert(text, (start, end, output) -> {
            assertEquals(covered[0], start);
            covered[0] = end;
            pieces.add("[" + start + "," + end + ")" + output);
        });
        assertTrue(text.isEmpty() || covered[0] == text.length());
        return pieces;
    }
}
