package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.Text;

/**
 * The per-character signals (class shares, Python lines, LF lines), which the measurer takes from one pass over a
 * table of {@link CharacterClasses}, equal their definitions written per code point from ICU and Python's
 * {@code str.splitlines}, on random texts of Han (basic block, beyond U+9FA5, supplementary), letters, capitals,
 * digits, punctuation, symbols and every kind of line boundary and white space.
 */
class CharacterSignalsPropertiesTest {
    private static final int[] ALPHABET = {
        '中', '文', 0x9FA6, 0x20000, 'a', 'Z', 'Σ', 'İ', '1', '１', 'Ⅲ', '，', '。', '!', '℃', '$', '+',
        ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1F, 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x200B
    };

    private static final List<String> SIGNALS = List.of("chars", "hanShare", "letterShare", "digitShare",
            "punctuationShare", "symbolShare", "whitespaceShare", "alnumShare", "cwtHanShare", "lines",
            "meanLineLength", "maxLineLength", "cwtMeanLineLength", "dupLineFraction", "dupLineCharFraction",
            "uniqueLineShare");

    @Test
    void theTableHoldsTheComputedClassesOfEveryCodePoint() {
        CharacterClasses classes = new CharacterClasses();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int bits = classes.of(cp);
            assertEquals(CharacterClasses.compute(cp), bits, Integer.toHexString(cp));
            int type = UCharacter.getType(cp);
            boolean han = UScript.getScript(cp) == UScript.HAN;
            boolean letter = type >= UCharacterCategory.UPPERCASE_LETTER && type <= UCharacterCategory.OTHER_LETTER;
            assertEquals(han, (bits & CharacterClasses.HAN) != 0, Integer.toHexString(cp));
            assertEquals(letter && !han, (bits & CharacterClasses.LETTER) != 0, Integer.toHexString(cp));
            assertEquals(PythonText.isSpace(cp), (bits & CharacterClasses.SPACE) != 0, Integer.toHexString(cp));
            assertEquals(PythonText.isLineBoundary(cp), (bits & CharacterClasses.LINE_BOUNDARY) != 0,
                    Integer.toHexString(cp));
            boolean plain = PythonText.isSpace(cp) ? cp == ' ' || cp == '\n' || cp == '\t'
                    : Character.toLowerCase(cp) == cp;
            assertEquals(plain, (bits & CharacterClasses.CWT_PLAIN) != 0, Integer.toHexString(cp));
        }
    }

    @Property(tries = 1000)
    void equalTheirDefinitions(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 30) Integer> picks) {
        StringBuilder b = new StringBuilder();
        picks.forEach(k -> b.appendCodePoint(ALPHABET[k]));
        String text = b.toString();
        QualityStage stage = QualityStage.of(new QualityStage.Params("", Map.of(), Map.of(), SIGNALS, false,
                List.of("zh"), List.of(), QualityPreset.FINEWEB2_STOPWORDS));
        double[] out = new double[SIGNALS.size()];
        stage.judge(Text.of(text), null, out, 0);
        Map<String, Double> measured = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            measured.put(stage.signalNames().get(i), out[i]);
        }
        Map<String, Double> expected = definitions(text);
        for (String name : SIGNALS) {
            assertEquals(expected.get(name), measured.get(name), 1e-12, name + " of " + escaped(text));
        }
    }

    private static Map<String, Double> definitions(String text) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        long han = 0;
        long letters = 0;
        long digits = 0;
        long punctuation = 0;
        long symbols = 0;
        long white = 0;
        long alnum = 0;
        long basicHan = 0;
        for (int cp : cps) {
            int type = UCharacter.getType(cp);
            boolean isHan = UScript.getScript(cp) == UScript.HAN;
            boolean letter = type >= UCharacterCategory.UPPERCASE_LETTER && type <= UCharacterCategory.OTHER_LETTER;
            boolean number = type >= UCharacterCategory.DECIMAL_DIGIT_NUMBER && type <= UCharacterCategory.OTHER_NUMBER;
            han += isHan ? 1 : 0;
            letters += letter && !isHan ? 1 : 0;
            digits += type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? 1 : 0;
            punctuation += type >= UCharacterCategory.DASH_PUNCTUATION && type <= UCharacterCategory.OTHER_PUNCTUATION
                    || type == UCharacterCategory.INITIAL_PUNCTUATION || type == UCharacterCategory.FINAL_PUNCTUATION
                    ? 1 : 0;
            symbols += type >= UCharacterCategory.MATH_SYMBOL && type <= UCharacterCategory.OTHER_SYMBOL ? 1 : 0;
            white += UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.WHITE_SPACE) ? 1 : 0;
            alnum += letter || number ? 1 : 0;
            basicHan += cp >= 0x4E00 && cp <= 0x9FA5 ? 1 : 0;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("chars", (double) n);
        m.put("hanShare", share(han, n));
        m.put("letterShare", share(letters, n));
        m.put("digitShare", share(digits, n));
        m.put("punctuationShare", share(punctuation, n));
        m.put("symbolShare", share(symbols, n));
        m.put("whitespaceShare", share(white, n));
        m.put("alnumShare", share(alnum, n));
        m.put("cwtHanShare", share(basicHan, n));
        List<String> lines = splitlines(text);
        m.put("lines", (double) lines.size());
        m.put("meanLineLength", lines.isEmpty() ? 0 : (double) n / lines.size());
        m.put("maxLineLength", (double) lines.stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0));
        long lineFeeds = text.chars().filter(c -> c == '\n').count();
        m.put("cwtMeanLineLength", (double) n / (lineFeeds + 1));
        // datatrove: re.split("\n+", text); find_duplicates over those
        long[] duplicates = LfLinesPropertiesTest.duplicates(
                List.of(java.util.regex.Pattern.compile("\n+").split(text, -1)));
        m.put("dupLineFraction", (double) duplicates[0] / duplicates[2]);
        m.put("dupLineCharFraction", share(duplicates[1], n));
        // unique stripped non-empty LF lines over those lines
        List<String> stripped = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String s = QualityMeasurer.pythonStrip(line);
            if (!s.isEmpty()) {
                stripped.add(s);
            }
        }
        long unique = stripped.stream().distinct().count();
        m.put("uniqueLineShare", share(unique, stripped.size()));
        return m;
    }

    /** Python's {@code str.splitlines()}. */
    private static List<String> splitlines(String text) {
        List<String> lines = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E
                    || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                lines.add(new String(cps, start, i - start));
                if (cp == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < cps.length) {
            lines.add(new String(cps, start, cps.length - start));
        }
        return lines;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7E ? String.format("\\u{%x}", cp) : (char) cp));
        return b.toString();
    }
}
