package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Reading the character HMM: its own decimal parser agrees with {@link Double#parseDouble} bit for bit. */
class HmmModelTest {
    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    /** {@link HmmModel#decimal} of {@code s}, or the exception's class. */
    private static String decimal(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return bits(HmmModel.decimal(b, 0, b.length));
        } catch (NumberFormatException e) {
            return "NumberFormatException";
        }
    }

    private static String parseDouble(String s) {
        try {
            return bits(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return "NumberFormatException";
        }
    }

    @Provide
    Arbitrary<String> decimals() {
        // up to 19 digits with the point anywhere, as Python's repr writes floats and more
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(19);
        Arbitrary<String> plain = Combinators.combine(Arbitraries.of("", "-", "+"), digits,
                Arbitraries.integers().between(0, 19)).as((sign, d, point) -> sign + (point >= d.length() ? d
                : d.substring(0, d.length() - point) + "." + d.substring(d.length() - point)));
        // the doubles themselves, and midpoints between neighbours (ties to even)
        Arbitrary<String> repr = Arbitraries.doubles().between(-1e6, 1e6).ofScale(17).map(d -> Double.toString(d));
        Arbitrary<String> midpoints = Arbitraries.doubles().between(1e-3, 1e3).ofScale(17).map(d -> new BigDecimal(d)
                .add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2)).toPlainString());
        Arbitrary<String> odd = Arbitraries.of("-0.0", "0", ".5", "1.", "-3.14e+100", "1e-05", " 1.5", "NaN",
                "-Infinity", "0x1p3", "1.0d", "", "-", ".", "1.2.3", "123456789012345678", "9007199254740993");
        return Arbitraries.oneOf(plain, repr, midpoints, odd);
    }

    @Property(tries = 3000)
    void decimalIsParseDouble(@ForAll("decimals") String s) {
        assertEquals(parseDouble(s), decimal(s), s);
    }

    @Test
    void decimalRoundsTiesToEven() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2
        for (String s : List.of("9007199254740993", "9007199254740995", "0.30000000000000004", "-8.125041941842026",
                "-3.6544978750449433", "-0.26268660809250016")) {
            assertEquals(parseDouble(s), decimal(s), s);
        }
    }

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
    }

    @Test
    void theBundledModel() {
        HmmModel hmm = HmmModel.bundled();
        // jieba's finalseg cuts 王小明说 into 王小明/说
        assertEquals(List.of(3, 4), cut(hmm, "王小明说"));
    }
}
