package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void theRootIsTheSmallestMemberWhateverTheOrderOfUnions() {
        UnionFind sets = new UnionFind(10);
        assertTrue(sets.union(9, 7));
        assertTrue(sets.union(7, 5));
        assertTrue(sets.union(8, 3));
        assertTrue(sets.union(9, 8));
        assertFalse(sets.union(5, 3));
        for (int x : new int[] {3, 5, 7, 8, 9}) {
            assertEquals(3, sets.find(x));
        }
        assertEquals(0, sets.find(0));
        assertEquals(6, sets.find(6));
    }

    @Test
    void aLongChainStaysCorrect() {
        UnionFind sets = new UnionFind(100_000);
        for (int i = 99_999; i > 0; i--) {
            sets.union(i, i - 1);
        }
        assertEquals(0, sets.find(99_999));
        assertEquals(0, sets.find(50_000));
    }
}
