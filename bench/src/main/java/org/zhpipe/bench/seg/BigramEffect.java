package org.zhpipe.bench.seg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What HanLP's word bigrams ({@code dictionaries/hanlp/core-bigrams.txt}) would add to segmentation with its core
 * dictionary ({@code core.txt}), measured alone: on the same word lattice (every dictionary word at every position,
 * each character alone), the best path under the unigram model (what {@code segment:viterbi;hmm=false} uses) against
 * the best path under an interpolated bigram model, {@code P(w | v) = λ f(v, w) / f(v) + (1 − λ) f(w) / T}, scored on
 * the SIGHAN 2005 gold (P, R, F1 by spans). No HMM, no number rules: the difference is the bigrams' alone.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.zhpipe.bench.seg.BigramEffect ../shared/eval/sighan2005 dictionaries/hanlp
 * }</pre>
 */
public final class BigramEffect {
    private final Map<String, Long> unigrams = new HashMap<>();
    private final Map<String, Long> bigrams = new HashMap<>();
    private long total;
    private int longest;

    private BigramEffect(Path folder) throws IOException {
        for (String line : Files.readAllLines(folder.resolve("core.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                long freq = Long.parseLong(f[1].strip());
                unigrams.merge(f[0], freq, Long::sum);
                total += freq;
                longest = Math.max(longest, f[0].length());
            }
        }
        for (String line : Files.readAllLines(folder.resolve("core-bigrams.txt"), StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                bigrams.put(line.substring(0, space), Long.parseLong(line.substring(space + 1).strip()));
            }
        }
    }

    /** Words as [start, end) char spans: the best path, unigram (λ ignored) or bigram. */
    private List<int[]> segment(String s, boolean bigram, double lambda) {
        int n = s.length();
        // words starting at each position
        List<List<Integer>> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> e = new ArrayList<>();
            e.add(i + 1);
            for (int j = i + 2; j <= Math.min(n, i + longest); j++) {
                if (unigrams.containsKey(s.substring(i, j))) {
                    e.add(j);
                }
            }
            ends.add(e);
        }
        if (!bigram) {
            double[] best = new double[n + 1];
            int[] back = new int[n + 1];
            java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
            best[0] = 0;
            for (int i = 0; i < n; i++) {
                if (best[i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int j : ends.get(i)) {
                    double score = best[i] + Math.log(Math.max(1, unigrams.getOrDefault(s.substring(i, j), 0L))
                            / (double) total);
                    if (score > best[j]) {
                        best[j] = score;
                        back[j] = i;
                    }
                }
            }
            return path(back, n);
        }
        // state: a word [i, j); best score of a path ending with it
        Map<Long, Double> best = new HashMap<>();
        Map<Long, Long> back = new HashMap<>();
        List<List<Long>> endingAt = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            endingAt.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            List<Long> before = i == 0 ? List.of(-1L) : endingAt.get(i);
            for (int j : ends.get(i)) {
                String w = s.substring(i, j);
                long state = (long) i << 32 | j;
                double top = Double.NEGATIVE_INFINITY;
                long from = -2;
                for (long v : before) {
                    double prev = v == -1 ? 0 : best.get(v);
                    String vw = v == -1 ? "始##始" : s.substring((int) (v >>> 32), (int) v);
                    double score = prev + Math.log(transition(vw, w, lambda));
                    if (score > top) {
                        top = score;
                        from = v;
                    }
                }
                best.put(state, top);
                back.put(state, from);
                endingAt.get(j).add(state);
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        long last = -1;
        for (long v : endingAt.get(n)) {
            double score = best.get(v) + Math.log(transition(s.substring((int) (v >>> 32), (int) v), "末##末", lambda));
            if (score > top) {
                top = score;
                last = v;
            }
        }
        List<int[]> words = new ArrayList<>();
        for (long v = last; v >= 0; v = back.get(v)) {
            words.add(0, new int[] {(int) (v >>> 32), (int) v});
        }
        return words;
    }

    private double transition(String v, String w, double lambda) {
        double pw = Math.max(1, unigrams.getOrDefault(w, 0L)) / (double) total;
        long fv = unigrams.getOrDefault(v, 0L);
        long fvw = bigrams.getOrDefault(v + "@" + w, 0L);
        return (1 - lambda) * pw + (fv == 0 ? 0 : lambda * fvw / (double) fv);
    }

    private static List<int[]> path(int[] back, int n) {
        List<int[]> words = new ArrayList<>();
        for (int j = n; j > 0; j = back[j]) {
            words.add(0, new int[] {back[j], j});
        }
        return words;
    }

    public static void main(String[] args) throws IOException {
        Path sighan = Path.of(args.length > 0 ? args[0] : "../shared/eval/sighan2005");
        BigramEffect model = new BigramEffect(Path.of(args.length > 1 ? args[1] : "dictionaries/hanlp"));
        for (String corpus : List.of("pku", "msr")) {
            List<String> gold = Files.readAllLines(sighan.resolve(corpus + "_test_gold.utf8"), StandardCharsets.UTF_8);
            for (String mode : List.of("unigram", "bigram 0.1", "bigram 0.3", "bigram 0.5", "bigram 0.7",
                    "bigram 0.9")) {
                boolean bigram = mode.startsWith("bigram");
                double lambda = bigram ? Double.parseDouble(mode.substring(7)) : 0;
                long predicted = 0;
                long correct = 0;
                long expected = 0;
                for (String line : gold) {
                    String[] words = line.strip().split("\\s+");
                    if (line.isBlank()) {
                        continue;
                    }
                    Set<Long> spans = new HashSet<>();
                    StringBuilder text = new StringBuilder();
                    for (String w : words) {
                        spans.add((long) text.length() << 32 | (text.length() + w.length()));
                        text.append(w);
                    }
                    List<int[]> out = model.segment(text.toString(), bigram, lambda);
                    expected += spans.size();
                    predicted += out.size();
                    for (int[] w : out) {
                        if (spans.contains((long) w[0] << 32 | w[1])) {
                            correct++;
                        }
                    }
                }
                double p = correct / (double) predicted;
                double r = correct / (double) expected;
                System.out.printf("%s %-11s P %.4f R %.4f F1 %.4f%n", corpus, mode, p, r, 2 * p * r / (p + r));
            }
        }
    }
}
