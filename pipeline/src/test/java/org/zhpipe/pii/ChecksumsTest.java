package org.zhpipe.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The check rules against the examples their standards and issuers publish, and against the eval generator's. */
class ChecksumsTest {
    private static int[] digits(String s) {
        int[] d = new int[s.length()];
        for (int k = 0; k < s.length(); k++) {
            d[k] = s.charAt(k) - '0';
        }
        return d;
    }

    @Test
    void residentIdOfGb11643sExample() {
        // GB 11643-1999's example: 11010519491231002X
        assertTrue(Checksums.isResidentId18(digits("11010519491231002"), 10));
        assertFalse(Checksums.isResidentId18(digits("11010519491231002"), 1));
        assertFalse(Checksums.isResidentId18(digits("91010519491231002"), 10)); // no province 91
        assertTrue(Checksums.isResidentId15(digits("110105491231002")));
        assertFalse(Checksums.isResidentId15(digits("110105491331002")));
    }

    @Test
    void dates() {
        assertTrue(Checksums.isDate(2000, 2, 29));
        assertFalse(Checksums.isDate(1900, 2, 29));
        assertTrue(Checksums.isDate(2024, 2, 29));
        assertFalse(Checksums.isDate(2023, 2, 29));
        assertFalse(Checksums.isDate(2023, 4, 31));
        assertFalse(Checksums.isDate(2023, 0, 1));
        assertFalse(Checksums.isDate(2023, 12, 0));
    }

    @Test
    void luhnAndCardPrefixes() {
        assertTrue(Checksums.luhn(digits("79927398713"), 11)); // the formula's usual example
        assertFalse(Checksums.luhn(digits("79927398710"), 11));
        assertTrue(Checksums.luhn(digits("4111111111111111"), 16));
        assertTrue(Checksums.isCardPrefix(digits("6222021234567890128"), 19));
        assertTrue(Checksums.isCardPrefix(digits("4111111111111"), 13));
        assertFalse(Checksums.isCardPrefix(digits("41111111111111"), 14));
        assertTrue(Checksums.isCardPrefix(digits("378282246310005"), 15));
        assertTrue(Checksums.isCardPrefix(digits("2221000000000009"), 16));
        assertFalse(Checksums.isCardPrefix(digits("2023120412345678"), 16));
        assertFalse(Checksums.isCardPrefix(digits("1234567890123456"), 16));
    }

    @Test
    void hongKongAndTaiwanExamples() {
        // the Hong Kong Immigration Department's format examples: A123456(3), C668668(9)
        assertTrue(Checksums.isHongKongId(new int[] {10}, 1, digits("123456"), 3));
        assertTrue(Checksums.isHongKongId(new int[] {12}, 1, digits("668668"), 9));
        assertFalse(Checksums.isHongKongId(new int[] {10}, 1, digits("123456"), 4));
        assertTrue(Checksums.isHongKongId(new int[] {10, 11}, 2, digits("987654"), 3));
        // the Taiwan Ministry of the Interior's sample number A123456789
        assertTrue(Checksums.isTaiwanId('A', digits("123456789")));
        assertFalse(Checksums.isTaiwanId('A', digits("123456788")));
    }

    @Property(tries = 500)
    void agreesWithTheEvalGeneratorsResidentId(@ForAll @NumericChars @StringLength(17) String body) {
        char check = PiiEvalSetGenerator.gb11643(body);
        int value = check == 'X' ? 10 : check - '0';
        String date = body.substring(6, 14);
        boolean plausible = Checksums.isProvince(digits(body), 0)
                && Integer.parseInt(date.substring(0, 4)) >= Checksums.FIRST_YEAR
                && Integer.parseInt(date.substring(0, 4)) <= Checksums.LAST_YEAR
                && Checksums.isDate(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                Integer.parseInt(date.substring(6)));
        assertEquals(plausible, Checksums.isResidentId18(digits(body), value));
        assertFalse(Checksums.isResidentId18(digits(body), (value + 1) % 11));
    }

    @Property(tries = 500)
    void agreesWithTheEvalGeneratorsLuhn(@ForAll @NumericChars @StringLength(min = 12, max = 18) String body) {
        String number = body + PiiEvalSetGenerator.luhnDigit(body);
        assertTrue(Checksums.luhn(digits(number), number.length()));
    }

    @Property(tries = 500)
    void agreesWithTheEvalGeneratorsTaiwanId(@ForAll @CharRange(from = 'A', to = 'Z') char letter,
                                             @ForAll @IntRange(min = 10_000_000, max = 29_999_999) int first8) {
        String number = first8 + "" + PiiEvalSetGenerator.taiwanCheck(letter, String.valueOf(first8));
        assertTrue(Checksums.isTaiwanId(letter, digits(number)));
    }
}
