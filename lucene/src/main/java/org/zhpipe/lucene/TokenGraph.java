package org.zhpipe.lucene;

import java.util.Arrays;
import org.zhpipe.text.Tokens;

/**
 * Lucene positions for zhpipe's tokens: the order to emit them in, each one's position increment and position
 * length.
 *
 * <p>The graph. Tokens are emitted by start offset. A token and the tokens after it that lie inside its span (search
 * mode's sub-words: 中华人民共和国 then 中华, 华人, 人民, 共和, 共和国) form a group. The group's distinct start and
 * end offsets, in order, are its nodes; each token spans from the node of its start to the node of its end, so the
 * word's position length is the number of gaps between nodes, and every sub-word sits where its characters are. The
 * next group starts at the node where the word ends. So the words alone are the graph's main path, one position
 * after another as without search mode (phrase queries on words keep working), a sub-word path such as 中华 → 人民 →
 * 共和国 is an alternative path over the same positions (as Kuromoji's search mode and the word-delimiter graph filter
 * do), and tokens leaving a position share a start offset and tokens arriving at one share an end offset, which is
 * what {@code BaseTokenStreamTestCase} checks of a graph. A group of one token has length 1.
 *
 * <p>Token stages that drop tokens (stopwords) leave no hole: positions count the tokens zhpipe keeps, at index time
 * and query time alike.
 */
final class TokenGraph {
    final int[] order;
    final int[] increments;
    final int[] lengths;

    private TokenGraph(int[] order, int[] increments, int[] lengths) {
        this.order = order;
        this.increments = increments;
        this.lengths = lengths;
    }

    static TokenGraph of(Tokens tokens) {
        int n = tokens.size();
        int[] order = byStart(tokens);
        int[] increments = new int[n];
        int[] lengths = new int[n];
        int base = 0;
        int lastStart = -1;
        int[] nodes = new int[8];
        for (int i = 0; i < n; ) {
            int end = tokens.end(order[i]);
            int j = i + 1;
            while (j < n && tokens.end(order[j]) <= end) {
                j++;
            }
            if (nodes.length < 2 * (j - i)) {
                nodes = new int[2 * (j - i)];
            }
            int count = 0;
            for (int k = i; k < j; k++) {
                nodes[count++] = tokens.start(order[k]);
                nodes[count++] = tokens.end(order[k]);
            }
            Arrays.sort(nodes, 0, count);
            count = distinct(nodes, count);
            for (int k = i; k < j; k++) {
                int from = base + Arrays.binarySearch(nodes, 0, count, tokens.start(order[k]));
                int to = base + Arrays.binarySearch(nodes, 0, count, tokens.end(order[k]));
                increments[k] = from - lastStart;
                lengths[k] = Math.max(1, to - from);
                lastStart = from;
            }
            base += Math.max(1, count - 1);
            i = j;
        }
        return new TokenGraph(order, increments, lengths);
    }

    /** Token indices by start offset, ties in zhpipe's order (a word before its sub-words). */
    private static int[] byStart(Tokens tokens) {
        int n = tokens.size();
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || tokens.start(i - 1) <= tokens.start(i);
        }
        if (sorted) {
            return order;
        }
        return Arrays.stream(order).boxed().sorted((a, b) -> Integer.compare(tokens.start(a), tokens.start(b)))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int distinct(int[] sorted, int count) {
        int out = 0;
        for (int k = 0; k < count; k++) {
            if (out == 0 || sorted[out - 1] != sorted[k]) {
                sorted[out++] = sorted[k];
            }
        }
        return out;
    }
}
