package org.zhpipe.dedup;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A 128-bit key of a normalized text for exact deduplication: MurmurHash3 x64 128 (seed 0, Austin Appleby's
 * reference, as commons-codec's {@code MurmurHash3.hash128x64}) of the text's UTF-8 bytes. Two texts with the same
 * key are taken to be equal: with 128 bits, a collision among 10<sup>12</sup> texts has a probability near
 * 10<sup>-15</sup>.
 *
 * @param high the first 64 bits
 * @param low  the last 64 bits
 */
public record ExactKey(long high, long low) {
    /** The key of {@code text} (lone surrogates are encoded as {@code ?}, as {@link String#getBytes} does). */
    public static ExactKey of(String text) {
        long[] hash = MurmurHash3.hash128x64(text.getBytes(StandardCharsets.UTF_8));
        return new ExactKey(hash[0], hash[1]);
    }
}
