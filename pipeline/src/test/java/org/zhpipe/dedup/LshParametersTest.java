package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LshParametersTest {
    @Test
    void pinsTheBandsAndRowsOfTheDefaults() {
        assertEquals(new LshParameters(12, 10), LshParameters.forThreshold(0.8, 128));
        // equal weights give datasketch's choice for the same threshold and permutations
        assertEquals(new LshParameters(9, 13), LshParameters.forThreshold(0.8, 128, 0.5, 0.5));
    }

    @Test
    void theChoiceHasTheLeastWeightedError() {
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9}) {
            LshParameters best = LshParameters.forThreshold(t, 128);
            double bestError = error(best, t);
            for (int b = 1; b <= 128; b++) {
                for (int r = 1; b * r <= 128; r++) {
                    assertTrue(bestError <= error(new LshParameters(b, r), t) + 1e-12, b + "x" + r + " at " + t);
                }
            }
            assertTrue(best.used() <= 128);
        }
    }

    @Test
    void candidateProbabilityIsTheBandingSCurve() {
        LshParameters p = new LshParameters(2, 3);
        assertEquals(1 - Math.pow(1 - 0.125, 2), p.candidateProbability(0.5), 1e-12);
        assertEquals(0, p.candidateProbability(0), 1e-12);
        assertEquals(1, p.candidateProbability(1), 1e-12);
        // Simpson's rule integrates the polynomial exactly: ∫₀¹ 1-(1-s³)² ds = 2/4 - 1/7
        assertEquals(0.5 - 1.0 / 7, p.falsePositiveArea(1), 1e-9);
    }

    @Test
    void higherThresholdsMoveTheCurveRight() {
        LshParameters low = LshParameters.forThreshold(0.5, 128);
        LshParameters high = LshParameters.forThreshold(0.9, 128);
        assertTrue(high.candidateProbability(0.6) < low.candidateProbability(0.6));
        assertThrows(IllegalArgumentException.class, () -> LshParameters.forThreshold(1, 128));
        assertThrows(IllegalArgumentException.class, () -> new LshParameters(0, 3));
    }

    private static double error(LshParameters p, double t) {
        return LshParameters.FALSE_POSITIVE_WEIGHT * p.falsePositiveArea(t)
                + LshParameters.FALSE_NEGATIVE_WEIGHT * p.falseNegativeArea(t);
    }
}
