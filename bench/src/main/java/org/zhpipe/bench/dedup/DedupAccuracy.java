package org.zhpipe.bench.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.LshParameters;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * The accuracy of zhpipe's deduplication on {@link PlantedCorpus planted corpora} (one per seed), against the true
 * Jaccard similarity of the documents' 5-code-point shingle sets ({@link TrueJaccard}), both on the texts normalized
 * by the dedup spec (default {@code samples/specs/dedup.json}). Prints Markdown; counts add up over the seeds.
 *
 * <p>At each threshold {@code t}, a <b>true pair</b> has true Jaccard ≥ t; <b>recall</b> = true pairs that end in one
 * cluster / true pairs. The deduplication ({@link Deduplicated}: the library's index with bands × rows re-chosen for
 * {@code t}) reports pairs in three senses, each with its <b>precision</b> (reported pairs with true Jaccard ≥ t /
 * reported pairs):
 * <ul>
 *   <li><b>joins</b>: the verified candidate pairs that joined two clusters, the decisions the index took;</li>
 *   <li><b>removals</b>: each removed document with the document kept for its cluster ({@code duplicate_of});</li>
 *   <li><b>cluster pairs</b>: every pair in one cluster (clusters are connected components, so a chain of joins
 *       also pairs documents less similar than {@code t}).</li>
 * </ul>
 * With {@code --verify exact} the index verifies candidate pairs by their true Jaccard similarity
 * ({@link DedupSettings.Verification#EXACT}); the shingle sets it compares are counted.
 * The exact-hash baseline ({@link DedupSettings.Mode#EXACT}: equal normalized texts) is judged by its recall.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.zhpipe.bench.dedup.DedupAccuracy ../shared/eval/sighan2005 \
 *     [--spec samples/specs/dedup.json] [--seed 1] [--runs 1] [--permutations 128] [--partners 32] [--explain 0.8] \
 *     [--verify estimate]
 * </pre>
 */
public final class DedupAccuracy {
    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    private DedupAccuracy() {
    }

    /** The command line. */
    record Options(Path dir, Path spec, long seed, int runs, int permutations, int partners, double explain,
                   DedupSettings.Verification verification) {
        static Options parse(String[] args) {
            Path dir = null;
            Path spec = Path.of("samples/specs/dedup.json");
            long seed = 1;
            int runs = 1;
            int permutations = DedupSettings.DEFAULTS.permutations();
            int partners = DedupSettings.DEFAULTS.partners();
            double explain = 0;
            DedupSettings.Verification verification = DedupSettings.Verification.ESTIMATE;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--spec" -> spec = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--permutations" -> permutations = Integer.parseInt(value);
                    case "--partners" -> partners = Integer.parseInt(value);
                    case "--explain" -> explain = Double.parseDouble(value);
                    case "--verify" -> verification = DedupSettings.Verification.valueOf(
                            value.toUpperCase(Locale.ROOT));
                    default -> {
                        dir = Path.of(args[i]);
                        i--;
                    }
                }
                i++;
            }
            if (dir == null) {
                throw new IllegalArgumentException("usage: DedupAccuracy <sighan2005 dir> [--spec dedup.json] "
                        + "[--seed n] [--runs n] [--permutations n] [--partners n] [--explain t] "
                        + "[--verify estimate|exact]");
            }
            return new Options(dir, spec, seed, runs, permutations, partners, explain, verification);
        }

        DedupSettings settings(double threshold) {
            return new DedupSettings(DedupSettings.Mode.NEAR, threshold, DedupSettings.DEFAULTS.shingle(),
                    permutations, DedupSettings.DEFAULTS.seed(), DedupSettings.DEFAULTS.memoryBytes(), partners,
                    DedupSettings.DEFAULTS.maxDocuments(), verification);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Sentences sentences = Sentences.read(options.dir());
        Pipeline traditional = Spec.parseInline("convert:s2t").build();
        Pipeline normalize = Spec.read(options.spec()).build();
        DocumentEditor editor = new DocumentEditor(sentences, s -> traditional.process(s).text().current());
        Judged[] near = new Judged[THRESHOLDS.length];
        Judged[] exact = new Judged[THRESHOLDS.length];
        ThresholdErrors errors = null;
        long[] histogram = new long[8];
        long documents = 0;
        long variants = 0;
        long pairs = 0;
        long[] compared = new long[THRESHOLDS.length];
        double bruteSeconds = 0;
        for (int r = 0; r < options.runs(); r++) {
            PlantedCorpus corpus = PlantedCorpus.generate(sentences, editor, options.seed() + r);
            List<String> normalized = new ArrayList<>();
            for (String text : corpus.texts()) {
                normalized.add(normalize.process(text).text().current());
            }
            long start = System.nanoTime();
            PairTable truth = TrueJaccard.pairsAtLeast(
                    TrueJaccard.shingleSets(normalized, DedupSettings.DEFAULTS.shingle()), 0.3);
            bruteSeconds += (System.nanoTime() - start) / 1e9;
            documents += normalized.size();
            variants += corpus.documents().stream().filter(d -> !d.edits().equals("base")).count();
            pairs += (long) normalized.size() * (normalized.size() - 1) / 2;
            addHistogram(histogram, truth);
            for (int i = 0; i < THRESHOLDS.length; i++) {
                double t = THRESHOLDS[i];
                DedupSettings settings = options.settings(t);
                Deduplicated run = Deduplicated.run(normalized, settings);
                compared[i] += run.comparedExactly();
                near[i] = add(near[i], Judged.of(settings.lsh(), run.joins(), run.kept(), truth, t));
                Deduplicated exactRun = Deduplicated.run(normalized, settings.withMode(DedupSettings.Mode.EXACT));
                exact[i] = add(exact[i], Judged.of(new LshParameters(1, 1), exactRun.joins(), exactRun.kept(), truth,
                        t));
                if (t == options.explain()) {
                    ThresholdErrors e = ThresholdErrors.of(normalized, settings, run, truth);
                    errors = errors == null ? e : errors.plus(e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d planted corpora (seeds %d–%d): %d documents, %d of them planted variants; "
                        + "%d pairs, true Jaccard by brute force in %.1f s. Shingle %d, %d permutations, "
                        + "%d partners; %s verification.%n%n", options.runs(), options.seed(), options.seed() + options.runs() - 1,
                documents, variants, pairs, bruteSeconds, DedupSettings.DEFAULTS.shingle(), options.permutations(),
                options.partners(), options.verification());
        System.out.println("| true Jaccard | 0.3–0.4 | 0.4–0.5 | 0.5–0.6 | 0.6–0.7 | 0.7–0.8 | 0.8–0.9 | 0.9–1 | 1 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.println("| pairs | " + String.join(" | ", Arrays.stream(histogram).mapToObj(Long::toString)
                .toList()) + " |");
        System.out.println();
        System.out.println("| t | bands × rows | true pairs | recall | precision: joins | removals | cluster pairs "
                + "| exact-hash recall | compared exactly |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < THRESHOLDS.length; i++) {
            Judged n = near[i];
            System.out.printf(Locale.ROOT, "| %.2f | %d × %d | %d | %.3f | %.3f (%d) | %.3f (%d) | %.3f (%d) | %.3f | %d |%n",
                    THRESHOLDS[i], n.lsh().bands(), n.lsh().rows(), n.truePairs(), n.recall(), n.joinPrecision(),
                    n.joins(), n.removalPrecision(), n.removed(), n.clusterPrecision(), n.clusterPairs(),
                    exact[i].recall(), compared[i]);
        }
        if (errors != null) {
            System.out.println();
            System.out.println(errors.describe(options.explain()));
        }
    }

    private static Judged add(Judged sum, Judged one) {
        return sum == null ? one : sum.plus(one);
    }

    private static void addHistogram(long[] bins, PairTable truth) {
        for (int i = 0; i < truth.size(); i++) {
            double j = truth.value(i);
            bins[j == 1 ? 7 : Math.min(6, (int) Math.floor(j * 10) - 3)]++;
        }
    }
}
