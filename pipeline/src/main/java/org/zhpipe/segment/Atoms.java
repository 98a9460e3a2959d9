package org.zhpipe.segment;

import java.util.Arrays;
import org.zhpipe.text.TokenType;

/**
 * The smallest pieces of one text that a dictionary segmenter puts words together from, as {@link BasicTokenizer}
 * finds them: each Han character (with its marks), and whole Latin words, numbers, URLs, e-mail addresses,
 * punctuation and symbols; white space belongs to none. A word may span several atoms (a dictionary word, or the
 * HMM's), but always starts at an atom's start and ends at an atom's end, so a number, a URL, a placeholder such as
 * {@code <PHONE>} or a character outside the BMP is never split. Not thread-safe; one per call.
 */
final class Atoms {
    final char[] chars;
    int count;
    int[] start;
    int[] end;
    byte[] type;
    /** For each char position, 1 + the index of the atom ending there, or 0. */
    final int[] endingAt;
    /** For each char position, 1 + the index of the atom starting there, or 0. */
    final int[] startingAt;
    private static final TokenType[] TYPES = TokenType.values();

    Atoms(String text) {
        chars = text.toCharArray();
        int capacity = Math.max(8, chars.length);
        start = new int[capacity];
        end = new int[capacity];
        type = new byte[capacity];
        endingAt = new int[chars.length + 1];
        startingAt = new int[chars.length + 1];
        BasicTokenizer.Sink sink = this::add;
        char[] c = chars;
        int n = c.length;
        for (int i = 0; i < n; ) {
            char ch = c[i];
            if (ch >= 0x4E00 && ch <= 0x9FFF && (i + 1 == n || !BasicTokenizer.mayExtend(c[i + 1]))) {
                add(i, i + 1, TokenType.WORD); // a Han character alone: BasicTokenizer's result, without its calls
                i++;
            } else {
                i = BasicTokenizer.next(text, i, sink);
            }
        }
    }

    private void add(int from, int to, TokenType t) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            type = Arrays.copyOf(type, count * 2);
        }
        start[count] = from;
        end[count] = to;
        type[count] = (byte) t.ordinal();
        count++;
        endingAt[to] = count;
        startingAt[from] = count;
    }

    TokenType type(int atom) {
        return TYPES[type[atom]];
    }

    /** Whether atom {@code k} is one Han character: what the HMM may join into words. */
    boolean isHanChar(int k) {
        if (type[k] != TokenType.WORD.ordinal()) {
            return false;
        }
        int cp = Character.codePointAt(chars, start[k]);
        return end[k] - start[k] <= 2 && Character.charCount(cp) == end[k] - start[k]
                && (cp >= 0x4E00 && cp <= 0x9FFF || BasicTokenizer.isHan(cp));
    }
}
