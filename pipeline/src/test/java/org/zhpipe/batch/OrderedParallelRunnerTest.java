package org.zhpipe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelRunnerTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** Counts 0, 1, 2, ... up to {@code n} (exclusive; -1 for no end), recording whether it was closed. */
    private static final class Counting implements OrderedParallelRunner.Source<Integer> {
        final int n;
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicInteger written;
        final AtomicInteger maxAhead = new AtomicInteger();

        Counting(int n, AtomicInteger written) {
            this.n = n;
            this.written = written;
        }

        @Override
        public Integer next() throws IOException {
            int i = next.get();
            if (i == n) {
                return null;
            }
            next.incrementAndGet();
            maxAhead.accumulateAndGet(i + 1 - written.get(), Math::max);
            return i;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    /** Spins for a time that depends on the item, so that later items often finish first. */
    private static int slowSquare(int i) {
        LockSupport.parkNanos((i * 7919L % 13) * 20_000L);
        return i * i;
    }

    private static void assertNoRunnerThreadsLeft() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertTrue(!t.isAlive() || !t.getName().startsWith("zhpipe-"), "still running: " + t.getName());
        }
    }

    @Test
    void resultsReachTheSinkInSourceOrderWithBoundedItemsInFlight() throws Exception {
        AtomicInteger written = new AtomicInteger();
        Counting source = new Counting(3000, written);
        List<Integer> out = new ArrayList<>();
        new OrderedParallelRunner(4, 6).run(source, OrderedParallelRunnerTest::slowSquare, r -> {
            out.add(r);
            written.incrementAndGet();
        });
        assertEquals(IntStream.range(0, 3000).map(i -> i * i).boxed().toList(), out);
        assertTrue(source.maxAhead.get() <= 6, "in flight: " + source.maxAhead.get());
        assertTrue(source.closed.get());
        assertNoRunnerThreadsLeft();
    }

    @Test
    void anEmptySourceRunsNothing() throws Exception {
        List<Integer> out = new ArrayList<>();
        new OrderedParallelRunner(2, 2).run(() -> null, (Integer i) -> i, out::add);
        assertEquals(List.of(), out);
    }

    @Test
    void aSourceFailureIsThrownAfterEverythingReadBeforeIt() {
        IOException boom = new IOException("disk gone");
        List<Integer> out = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        OrderedParallelRunner.Source<Integer> source = () -> {
            int i = next.getAndIncrement();
            if (i == 50) {
                throw boom;
            }
            return i;
        };
        IOException thrown = assertTimeoutPreemptively(LIMIT, () -> assertThrows(IOException.class,
                () -> new OrderedParallelRunner(3, 4).run(source, OrderedParallelRunnerTest::slowSquare, out::add)));
        assertSame(boom, thrown);
        assertEquals(IntStream.range(0, 50).map(i -> i * i).boxed().toList(), out);
        assertNoRunnerThreadsLeft();
    }

    @Test
    void aWorkFailureStopsAnEndlessSource() {
        AtomicInteger written = new AtomicInteger();
        Counting endless = new Counting(-1, written);
        List<Integer> out = new ArrayList<>();
        IllegalStateException thrown = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                IllegalStateException.class, () -> new OrderedParallelRunner(4, 8).run(endless, i -> {
                    if (i == 30) {
                        throw new IllegalStateException("bad item 30");
                    }
                    return slowSquare(i);
                }, out::add)));
        assertEquals("bad item 30", thrown.getMessage());
        assertEquals(IntStream.range(0, 30).map(i -> i * i).boxed().toList(), out);
        assertTrue(endless.closed.get());
        assertNoRunnerThreadsLeft();
    }

    @Test
    void aSinkFailureStopsAReaderThatIsWaitingForRoom() {
        AtomicInteger written = new AtomicInteger();
        Counting endless = new Counting(-1, written);
        IOException thrown = assertTimeoutPreemptively(LIMIT, () -> assertThrows(IOException.class,
                () -> new OrderedParallelRunner(2, 3).run(endless, (Integer i) -> i, r -> {
                    if (r == 10) {
                        throw new IOException("no space left");
                    }
                    written.incrementAndGet();
                })));
        assertEquals("no space left", thrown.getMessage());
        assertEquals(10, written.get());
        assertTrue(endless.next.get() <= 10 + 3 + 1, "read " + endless.next.get());
        assertTrue(endless.closed.get());
        assertNoRunnerThreadsLeft();
    }

    @Test
    void anErrorInTheWorkIsThrownAsItself() {
        AssertionError thrown = assertTimeoutPreemptively(LIMIT, () -> assertThrows(AssertionError.class,
                () -> new OrderedParallelRunner(2, 2).run(new Counting(100, new AtomicInteger()), i -> {
                    throw new AssertionError("broken " + i);
                }, r -> { })));
        assertEquals("broken 0", thrown.getMessage());
        assertNoRunnerThreadsLeft();
    }

    @Test
    void settingsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedParallelRunner(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new OrderedParallelRunner(1, 0));
    }
}
