package org.zhpipe.lucene;

import java.util.Arrays;
import org.zhpipe.text.Tokens;

/**
 * Lucene positions for zhpipe's tokens: the order to emit them in, and each one's position increment.
 *
 * <p>Tokens are emitted by start offset. A token and the tokens after it that lie inside its span (search mode's
 * sub-words: 中华人民共和国 then 中华, 华人, 人民, 共和, 共和国) form a group: the word takes the next position, its
 * sub-words stand on the same position (increment 0, length 1), each with its own offsets, and the next word takes
 * the position after. The words alone are thus numbered exactly as without search mode, so a phrase query finds
 * 中华人民共和国成立 whether its query analyzer uses search mode (a multi-phrase query: any of the word and its
 * sub-words, then 成立) or not, and a sub-word is found as a term and highlighted on its own characters. This is the
 * flat stream Lucene's own compound-word filters make (parts at increment 0 on the compound's position).
 *
 * <p>Why not a true graph (each sub-word from the node of its first character to the node after its last, the word's
 * position length spanning them all): Lucene indexes no position lengths, so the word after a long word would stand
 * several positions away from it in the index, out of reach of a phrase query analyzed without search mode
 * (measured: "中华人民共和国 成立" found nothing), and the query builder's graph phrase over sub-word paths that end
 * inside the word came out empty. The price of the flat stream: a sub-word and the next word form a phrase across
 * the rest of the word ("人民 成立" matches 中华人民共和国成立), two sub-words of one word never do ("中华 人民"), and the
 * stream's offsets are not one per position, which {@code BaseTokenStreamTestCase} checks of graphs
 * ({@code graphOffsetsAreCorrect}) and Lucene's indexing does not require.
 *
 * <p>Token stages that drop tokens (stopwords) leave no hole: positions count the tokens zhpipe keeps, at index time
 * and query time alike.
 */
final class TokenPositions {
    final int[] order;
    final int[] increments;

    private TokenPositions(int[] order, int[] increments) {
        this.order = order;
        this.increments = increments;
    }

    static TokenPositions of(Tokens tokens) {
        int n = tokens.size();
        int[] order = byStart(tokens);
        int[] increments = new int[n];
        int groupEnd = -1;
        for (int k = 0; k < n; k++) {
            int end = tokens.end(order[k]);
            if (k > 0 && end <= groupEnd) {
                increments[k] = 0;
            } else {
                increments[k] = 1;
                groupEnd = end;
            }
        }
        return new TokenPositions(order, increments);
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
}
