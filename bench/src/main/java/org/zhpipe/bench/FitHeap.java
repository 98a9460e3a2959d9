package org.zhpipe.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.zhpipe.batch.BatchFitter;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.feature.TfIdfModel;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * The heap of a fit in batch: fits {@value FeatureBenchmark#SPEC} with {@link BatchFitter} on a file of the SIGHAN
 * text repeated to at least {@code SIZE_MB} MB ({@link CorpusFile}, a temporary file deleted at the end) with
 * {@code WORKERS} workers and the CLI's other defaults, and prints:
 *
 * <ul>
 *   <li><b>pipeline retained</b>: used heap after full GCs with the unfitted pipeline built and run once (its
 *       dictionaries, conversion tables, stopwords), minus before;</li>
 *   <li><b>model retained</b>: used heap after full GCs with the fitted pipeline held as well, minus with the unfitted
 *       one only: what fitting adds, i.e. the {@code tfidf} model (vocabulary terms, their index, document
 *       frequencies, idf); the fitted pipeline shares every other stage with the unfitted one;</li>
 *   <li><b>peak live during fit</b>: the most heap in use right after any garbage collection during the fit (from
 *       the collectors' notifications), minus the used heap after full GCs just before it: an upper bound of what
 *       the fit itself keeps reachable at once (the counts of the batches in flight, the merged counts, the batches
 *       of text) — an upper bound because a young collection leaves dead objects of the old generation in place.
 *       0 means no collection happened during the fit;</li>
 *   <li><b>peak used during fit</b>: the most used heap sampled every 5 ms during the fit, garbage included, minus
 *       the same baseline: how far the heap fills before the collector runs. It depends on the collector and on
 *       {@code -Xmx}; the live figure does not, much;</li>
 * </ul>
 * then the fit's own summary. What fits in a given heap is best checked directly: run with {@code -Xmx} small.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.zhpipe.bench.FitHeap 100 1
 * java -Xmx256m -cp bench/target/benchmarks.jar org.zhpipe.bench.FitHeap 100 2
 * }</pre>
 *
 * Arguments: {@code SIZE_MB} (default 100), {@code WORKERS} (default 1), {@code SIGHAN_DIR} (default {@code auto},
 * see {@link Corpus}).
 */
public final class FitHeap {
    private FitHeap() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String dir = args.length > 2 ? args[2] : "auto";
        CorpusFile file = CorpusFile.writeTemp(dir, sizeMb);
        try {
            run(file, workers);
        } finally {
            Files.deleteIfExists(file.path());
        }
    }

    private static void run(CorpusFile file, int workers) throws IOException, InterruptedException {
        System.out.println(file);
        System.out.printf("spec %s, %d workers, max heap %.0f MB, collectors %s%n", FeatureBenchmark.SPEC, workers,
                Runtime.getRuntime().maxMemory() / 1e6, collectorNames());
        long empty = RetainedHeap.usedAfterGc();
        Pipeline unfitted = Spec.parseInline(FeatureBenchmark.SPEC).build();
        unfitted.accumulate(SegmentBenchmark.SAMPLE, unfitted.newAccumulator());
        long withPipeline = RetainedHeap.usedAfterGc();
        BatchOptions options = BatchOptions.builder().inputs(List.of(file.path())).workers(workers).build();

        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        AtomicLong peakAfterGc = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        AtomicLong peakSampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peakSampled.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);

        listen(listener, true);
        sampler.start();
        BatchFitter.Fitted fitted = new BatchFitter(unfitted, options)
                .fit(InputStream.nullInputStream(), FitHeap::badRecord, null);
        sampler.interrupt();
        sampler.join();
        Thread.sleep(200); // notifications come on another thread, a little later
        listen(listener, false);
        long withModel = RetainedHeap.usedAfterGc();

        System.out.printf(Locale.ROOT, "pipeline retained: %.1f MB%n", (withPipeline - empty) / 1e6);
        System.out.printf(Locale.ROOT, "model retained: %.1f MB%n", (withModel - withPipeline) / 1e6);
        System.out.printf(Locale.ROOT, "peak live during fit: %.1f MB above the pipeline (%.1f MB in all)%n",
                Math.max(0, peakAfterGc.get() - withPipeline) / 1e6, peakAfterGc.get() / 1e6);
        System.out.printf(Locale.ROOT, "peak used during fit: %.1f MB above the pipeline (%.1f MB in all)%n",
                (peakSampled.get() - withPipeline) / 1e6, peakSampled.get() / 1e6);
        if (fitted.pipeline().featureStage().orElseThrow().stage() instanceof TfIdfModel model) {
            System.out.printf(Locale.ROOT, "fitted: %,d terms over %,d documents (%,d pruned); %s%n",
                    model.vocabulary().size(), model.vocabulary().documents(), model.vocabulary().prunedTerms(),
                    fitted.summary().format());
        }
        Reference.reachabilityFence(unfitted);
    }

    private static void listen(NotificationListener listener, boolean on) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            if (on) {
                emitter.addNotificationListener(listener, null, null);
            } else {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String collectorNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()
                .toString();
    }

    private static void badRecord(String message) {
        throw new IllegalStateException("bad record in the benchmark corpus: " + message);
    }
}
