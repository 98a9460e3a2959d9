package org.zhpipe.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one decimal parser agrees with {@link Double#parseDouble} bit for bit on its grammar, NaN elsewhere. */
class DecimalsTest {
    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    private static double parse(String s) {
        return Decimals.parse(s.toCharArray(), 0, s.length());
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
        Arbitrary<String> exponents = Combinators.combine(digits, Arbitraries.of("e", "E", "e+", "e-", "E-"),
                Arbitraries.integers().between(0, 400)).as((d, e, x) -> d + e + x);
        return Arbitraries.oneOf(plain, repr, midpoints, exponents);
    }

    @Property(tries = 3000)
    void agreesWithParseDouble(@ForAll("decimals") String s) {
        assertEquals(bits(Double.parseDouble(s)), bits(parse(s)), s);
    }

    @Test
    void roundsTiesToEvenAndKeepsTheSign() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2
        for (String s : List.of("9007199254740993", "9007199254740995", "0.30000000000000004", "-8.125041941842026",
                "-3.6544978750449433", "-0.26268660809250016", "-0.0", "0", ".5", "1.", "+2.5", "-3.14e+100", "1e-05",
                "13.900677652", "0.88474202619", "123456789012345", "1234567890123456789", "0.000000000000000001",
                "99999999999999.9", "999999999999999.9", "2.5E+3", "1.7976931348623157e308", "4.9e-324",
                "00000000000000000000012.5", "1e400", "-1e400")) {
            assertEquals(bits(Double.parseDouble(s)), bits(parse(s)), s);
        }
    }

    @Test
    void randomPlainDecimalsAgree() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int digits = 1 + random.nextInt(18);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    s.append('.');
                }
                s.append((char) ('0' + random.nextInt(10)));
            }
            assertEquals(bits(Double.parseDouble(s.toString())), bits(parse(s.toString())), s.toString());
        }
    }

    @Test
    void whatIsNotADecimalIsNaN() {
        for (String s : List.of("", "+", "-", ".", "1.2.3", "1e", "1e+", "e5", "0x1p3", "1.5d", "1_000", "９", "NaN",
                "Infinity", "-Infinity", "1 2", " 1.5", "1.5 ")) {
            assertTrue(Double.isNaN(parse(s)), s);
        }
    }

    @Test
    void readsARangeOfALine() {
        char[] line = "人工智能 9.8 x".toCharArray();
        assertEquals(9.8, Decimals.parse(line, 5, 8));
    }
}
