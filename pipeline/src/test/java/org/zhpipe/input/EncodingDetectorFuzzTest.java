package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes {@link EncodingDetector#detect} with a sample of an input file, as the whole file and as the start of a
 * longer one: it names an encoding or throws an {@link InputException}. Seeds:
 * {@code EncodingDetectorFuzzTestInputs/detect/}.
 */
class EncodingDetectorFuzzTest {
    private static final EncodingDetector DETECTOR = new EncodingDetector(CharacterFrequencies.bundled());

    @FuzzTest
    void detect(byte[] sample) throws Exception {
        for (boolean complete : new boolean[] {true, false}) {
            FuzzChecks.expectOnly("", () -> {
                DetectedEncoding detected = DETECTOR.detect("input.txt", sample, sample.length, complete);
                assertTrue(detected.bomLength() >= 0 && detected.bomLength() <= sample.length, detected::toString);
            }, InputException.class);
        }
    }
}
