package org.zhpipe.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code source → work → sink} with the work in parallel and the sink in source order: one reader thread pulls
 * items from the source, a fixed pool of worker threads applies the work, and the calling thread hands the results
 * to the sink strictly in the order the items were read. At most {@code maxInFlight} items are between source and
 * sink at any time (read but not yet written), so memory stays bounded however long the source is.
 *
 * <p>The first failure anywhere (source, work or sink) stops the run: nothing more is read, queued work is
 * cancelled, and {@link #run} throws that failure itself (an {@link IOException}, a runtime exception or an error);
 * later failures caused by the stop are dropped. Every thread the run started has ended, or been interrupted and
 * left to end, when {@code run} returns or throws: worker threads always end; the reader is waited for a few
 * seconds, in case it is blocked in a read that cannot be interrupted (such as a terminal's stdin), and is a daemon.
 *
 * <p>An instance holds only its settings: it is immutable and can run any number of times, also concurrently.
 *
 * <pre>{@code
 * new OrderedParallelRunner(4, 10).run(batches::next, processor::process, writer::write);
 * }</pre>
 */
public final class OrderedParallelRunner {
    private static final long STOP_MILLIS = 5_000;
    private static final Object END = new Object();

    private final int workers;
    private final int maxInFlight;

    /**
     * @param workers     threads that apply the work, at least 1
     * @param maxInFlight items read but not yet written, at least 1 (about twice the workers keeps them busy)
     */
    public OrderedParallelRunner(int workers, int maxInFlight) {
        if (workers < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("workers and maxInFlight must be at least 1, not " + workers + " and "
                    + maxInFlight);
        }
        this.workers = workers;
        this.maxInFlight = maxInFlight;
    }

    /** Items to process, pulled one at a time by the reader thread. */
    @FunctionalInterface
    public interface Source<T> {
        /** The next item, or {@code null} when there are no more. */
        @Nullable T next() throws IOException;

        /** Called once on the reader thread when reading ends, normally or not. */
        default void close() throws IOException {
        }
    }

    /** Receives results, in source order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T result) throws IOException;
    }

    /**
     * Runs until the source is exhausted and every result is in the sink, or until the first failure.
     *
     * @throws IOException          thrown by the source or the sink
     * @throws InterruptedException when the calling thread is interrupted; the run is stopped as for a failure
     */
    public <I, O> void run(Source<? extends I> source, Function<? super I, ? extends O> work, Sink<? super O> sink)
            throws IOException, InterruptedException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(sink, "sink");
        List<Thread> workerThreads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads("zhpipe-worker-", workerThreads));
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        Semaphore permits = new Semaphore(maxInFlight);
        Reader<I, O> reader = new Reader<>(source, work, pool, queue, permits);
        Thread readerThread = daemonThreads("zhpipe-reader-", new ArrayList<>()).newThread(reader);
        boolean done = false;
        try {
            readerThread.start();
            while (true) {
                Object head = queue.take();
                if (head == END) {
                    break;
                }
                if (head instanceof Failure failure) {
                    throw rethrow(failure.cause());
                }
                @SuppressWarnings("unchecked")
                Future<O> future = (Future<O>) head;
                O result;
                try {
                    result = future.get();
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
                sink.accept(result);
                permits.release();
            }
            readerThread.join();
            pool.shutdown();
            done = joinAll(workerThreads, System.nanoTime() + STOP_MILLIS * 1_000_000);
        } finally {
            if (!done) {
                stop(reader, readerThread, pool, workerThreads);
            }
        }
    }

    /** Waits until every thread has ended or the deadline ({@link System#nanoTime()}) has passed. */
    private static boolean joinAll(List<Thread> threads, long deadline) throws InterruptedException {
        for (Thread thread : threads) {
            long millis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(millis);
            if (thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stops a failed run without throwing, so the failure that stopped it is what the caller sees: nothing more is
     * read, queued work is dropped, running work is interrupted; waits a bounded time for the threads to end.
     */
    private static void stop(Reader<?, ?> reader, Thread readerThread, ExecutorService pool,
                             List<Thread> workerThreads) {
        reader.stop();
        readerThread.interrupt();
        pool.shutdownNow();
        boolean interrupted = false;
        try {
            long deadline = System.nanoTime() + STOP_MILLIS * 1_000_000;
            joinAll(List.of(readerThread), deadline);
            joinAll(workerThreads, deadline);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws IOException, InterruptedException {
        if (cause instanceof IOException e) {
            throw e;
        }
        if (cause instanceof InterruptedException e) {
            throw e;
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }

    /** Makes daemon threads named {@code prefix1, prefix2, ...} and adds them to {@code made}. */
    private static ThreadFactory daemonThreads(String prefix, List<Thread> made) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            made.add(thread);
            return thread;
        };
    }

    /** A failure of the reader, queued in order after everything it read before failing. */
    private record Failure(Throwable cause) {
    }

    /** Reads items, submits their work, and queues the futures in order; closes the source at the end. */
    private static final class Reader<I, O> implements Runnable {
        private final Source<? extends I> source;
        private final Function<? super I, ? extends O> work;
        private final ExecutorService pool;
        private final BlockingQueue<Object> queue;
        private final Semaphore permits;
        private volatile boolean stopped;

        Reader(Source<? extends I> source, Function<? super I, ? extends O> work, ExecutorService pool,
               BlockingQueue<Object> queue, Semaphore permits) {
            this.source = source;
            this.work = work;
            this.pool = pool;
            this.queue = queue;
            this.permits = permits;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                while (!stopped) {
                    permits.acquire();
                    I item = source.next();
                    if (item == null) {
                        break;
                    }
                    queue.add(pool.submit(() -> work.apply(item)));
                }
            } catch (Throwable t) {
                failure = t;
            }
            try {
                source.close();
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                } else {
                    failure.addSuppressed(t);
                }
            }
            // after a stop nobody reads the queue, and the failure is a consequence of the stop
            queue.add(failure == null || stopped ? END : new Failure(failure));
        }
    }
}
