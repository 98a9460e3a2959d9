package org.zhpipe.cli;

/** Parses a size option such as {@code 16M}: a whole number of bytes with an optional k, M or G (powers of 1024). */
final class ByteSize {
    private ByteSize() {
    }

    /**
     * The size in bytes.
     *
     * @throws UsageException for anything but a positive whole number with an optional suffix, or more than 2 GB
     */
    static long parse(String value, String option) {
        String s = value.strip();
        long unit = 1;
        if (!s.isEmpty()) {
            switch (Character.toUpperCase(s.charAt(s.length() - 1))) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                default -> unit = 1;
            }
        }
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        long n;
        try {
            n = digits.chars().allMatch(c -> c >= '0' && c <= '9') && !digits.isEmpty() && digits.length() < 12
                    ? Long.parseLong(digits) : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n * unit > Integer.MAX_VALUE - 16) {
            throw new UsageException("invalid value for " + option + ": \"" + value + "\"; expected a size from 1 "
                    + "byte to 2G, such as 16M, 512k or 1G");
        }
        return n * unit;
    }
}
