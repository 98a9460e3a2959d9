package org.zhpipe.pii;

/**
 * The check-digit and plausibility rules of identity and card numbers, on digits already taken apart (each
 * {@code d[k]} is 0–9). Sources: GB 11643-1999 (ISO 7064 MOD 11-2) for mainland resident ID numbers and
 * GB/T 2260's province codes; ISO/IEC 7812 (the Luhn formula and issuer prefixes) for bank cards; the check digit of
 * the Hong Kong identity card (weights 9…2, mod 11) and of the Taiwan national ID (letter code, weights 1, 9, 8…1,
 * mod 10), as their issuers publish them. Stateless.
 */
final class Checksums {
    /** GB 11643's weights of the 17 digits before the check character. */
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The check character for each remainder of the weighted sum mod 11; 10 is X. */
    private static final int[] ID_CHECK = {1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    /**
     * The province (first two digits) of GB/T 2260: 11–15 north, 21–23 north-east, 31–37 east, 41–46 south-central,
     * 50–54 south-west, 61–65 north-west, 71 Taiwan, and 81–83 for the residence permits of Hong Kong, Macao and Taiwan
     * residents.
     */
    private static final long PROVINCES = bits(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
            44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);
    /** The code of each letter A–Z in the Taiwan national ID (A=10 … H=17, I=34, J=18 …). */
    private static final int[] TAIWAN_LETTERS = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24,
            25, 26, 27, 28, 29, 32, 30, 31, 33};
    /** Birth years an 18-digit ID number may carry; fixed, so that results never depend on the clock. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;

    private Checksums() {
    }

    private static long bits(int... values) {
        long b = 0;
        for (int v : values) {
            b |= 1L << v;
        }
        return b;
    }

    /** Whether the first two digits at {@code from} are a province of GB/T 2260. */
    static boolean isProvince(int[] d, int from) {
        return (PROVINCES >>> (d[from] * 10 + d[from + 1]) & 1) != 0;
    }

    /**
     * An 18-character mainland resident ID number: province, birth date {@code YYYYMMDD} between
     * {@link #FIRST_YEAR} and {@link #LAST_YEAR}, and GB 11643's check character, {@code check} (0–9, or 10 for X).
     * {@code d} holds the 17 digits before it.
     */
    static boolean isResidentId18(int[] d, int check) {
        if (!isProvince(d, 0)) {
            return false;
        }
        int year = d[6] * 1000 + d[7] * 100 + d[8] * 10 + d[9];
        if (year < FIRST_YEAR || year > LAST_YEAR || !isDate(year, d[10] * 10 + d[11], d[12] * 10 + d[13])) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += d[k] * ID_WEIGHTS[k];
        }
        return ID_CHECK[sum % 11] == check;
    }

    /** A 15-digit mainland resident ID number (issued until 1999): province and birth date {@code YYMMDD} of 19YY. */
    static boolean isResidentId15(int[] d) {
        return isProvince(d, 0) && isDate(1900 + d[6] * 10 + d[7], d[8] * 10 + d[9], d[10] * 10 + d[11]);
    }

    /** Whether the day exists in the proleptic Gregorian calendar. */
    static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    /** The Luhn formula (ISO/IEC 7812-1) over {@code d[0..length)}, the last digit being the check digit. */
    static boolean luhn(int[] d, int length) {
        int sum = 0;
        for (int k = length - 1, position = 0; k >= 0; k--, position++) {
            int v = d[k];
            if ((position & 1) == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }

    /**
     * Whether {@code d[0..length)} starts like a payment card of that length: UnionPay 62 (16–19 digits), Visa 4
     * (13, 16, 19), Mastercard 51–55 and 2221–2720 (16), American Express 34 and 37 (15), JCB 3528–3589 (16–19),
     * Diners Club 36 and 300–305 (14–19), Discover 6011, 644–649 and 65 (16–19).
     */
    static boolean isCardPrefix(int[] d, int length) {
        int two = d[0] * 10 + d[1];
        int four = two * 100 + d[2] * 10 + d[3];
        boolean longCard = length >= 16 && length <= 19;
        return switch (d[0]) {
            case 4 -> length == 13 || length == 16 || length == 19;
            case 5 -> two >= 51 && two <= 55 && length == 16;
            case 2 -> four >= 2221 && four <= 2720 && length == 16;
            case 3 -> (two == 34 || two == 37) ? length == 15
                    : four >= 3528 && four <= 3589 ? longCard
                    : (two == 36 || four >= 3000 && four <= 3059) && length >= 14 && length <= 19;
            case 6 -> (two == 62 || two == 65 || four == 6011 || four >= 6440 && four <= 6499) && longCard;
            default -> false;
        };
    }

    /**
     * The Hong Kong identity card: one or two letters (A–Z), six digits and the check character {@code check} (0–9,
     * or 10 for A). {@code letters} holds the letters' values (A=10 … Z=35), {@code digits} the six digits.
     */
    static boolean isHongKongId(int[] letters, int letterCount, int[] digits, int check) {
        // a single letter is weighted as if a space (36) stood before it
        int sum = letterCount == 1 ? 9 * 36 + 8 * letters[0] : 9 * letters[0] + 8 * letters[1];
        for (int k = 0; k < 6; k++) {
            sum += (7 - k) * digits[k];
        }
        return (11 - sum % 11) % 11 == check;
    }

    /** The Taiwan national ID: a letter (A–Z), then {@code d[0..9)}: 1 or 2, seven digits and the check digit. */
    static boolean isTaiwanId(char letter, int[] d) {
        int code = TAIWAN_LETTERS[letter - 'A'];
        int sum = code / 10 + code % 10 * 9;
        for (int k = 0; k < 8; k++) {
            sum += d[k] * (8 - k);
        }
        sum += d[8];
        return sum % 10 == 0;
    }
}
