package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.text.SparseVector;

/**
 * The two hashes of {@code hashing_tf}. The expected values were computed by hand with an independent MurmurHash3
 * x86_32 (the reference algorithm, written out in Python for this test: {@code "hello"} with seed 0 gives 613153351,
 * the published value), and the spark module checks {@code hash: spark} against Spark's own {@code HashingTF}.
 */
class TermHashTest {
    @Test
    void sparkHashesUtf8WithSeed42() {
        assertEquals(-1293573533, TermHash.SPARK.hash("a"));
        assertEquals(1313807976, TermHash.SPARK.hash("abc"));
        assertEquals(955165824, TermHash.SPARK.hash("中文"));
        assertEquals(-1241771798, TermHash.SPARK.hash("𠀀"));
    }

    @Test
    void sklearnHashesUtf8WithSeed0() {
        assertEquals(613153351, TermHash.SKLEARN.hash("hello"));
    }

    /** Spark's nonNegativeMod: a negative hash lands at h mod n + n, where scikit-learn takes |h| mod n. */
    @Test
    void sparkBucketsAreTheNonNegativeModulo() {
        assertEquals(107107, TermHash.SPARK.bucket(-1293573533, 1 << 18));
        assertEquals(204392, TermHash.SPARK.bucket(1313807976, 1 << 18));
        assertEquals(4330, TermHash.SPARK.bucket(-1241771798, 1 << 18));
        assertEquals(1293573533 % 16, TermHash.SKLEARN.bucket(-1293573533, 16));
        assertEquals(3, TermHash.SPARK.bucket(-1293573533, 16));
        assertEquals(0, TermHash.SPARK.bucket(Integer.MIN_VALUE, 16));
        assertEquals(0, TermHash.SKLEARN.bucket(Integer.MIN_VALUE, 16));
    }

    @Test
    void hashingTfWithTheSparkHashCountsInSparksBuckets() {
        SparseVector v = Spec.parseInline("tokenize,hashing_tf:bits=4;hash=spark;signed=false;norm=none").build()
                .process("a abc 𠀀 a").features();
        // a → 3 (twice), abc → 1313807976 mod 16 = 8, 𠀀 → -1241771798 mod 16 = 10
        assertEquals("{3=2.0, 8=1.0, 10=1.0}", v.toString());
    }
}
