package org.zhpipe.convert;

/**
 * Ideographic description sequences (Unicode §18.2, e.g. ⿰氵发): OpenCC passes one that no dictionary matches
 * through as a whole, so no character inside it is converted (OpenCC 1.4.1,
 * {@code UTF8Util::NextIdeographicDescriptionSequenceLength}). A sequence is an operator U+2FF0–U+2FFF followed by
 * its operands (3 for ⿲ ⿳, 1 for U+2FFE and U+2FFF, else 2), each a character or a nested sequence; at most 16
 * levels and 64 code points, else it is no sequence; an incomplete one at the end of the text is none either.
 */
final class IdeographicDescriptions {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 64;
    private static final int INCOMPLETE = -1;
    private static final int INVALID = -2;

    private IdeographicDescriptions() {
    }

    /** Operands of the operator {@code codePoint}, 0 when it is none. */
    static int arity(int codePoint) {
        switch (codePoint) {
            case 0x2FF2, 0x2FF3:
                return 3;
            case 0x2FFE, 0x2FFF:
                return 1;
            default:
                return codePoint >= 0x2FF0 && codePoint <= 0x2FFD ? 2 : 0;
        }
    }

    /** Chars of the complete sequence starting at {@code from}, 0 when there is none there. */
    static int length(char[] text, int from, int to) {
        if (from >= to || arity(text[from]) == 0) {
            return 0;
        }
        int[] codePoints = new int[1];
        int end = consume(text, from, to, MAX_DEPTH, codePoints);
        return end < 0 ? 0 : end - from;
    }

    private static int consume(char[] text, int at, int to, int depthLeft, int[] codePoints) {
        if (at >= to) {
            return INCOMPLETE;
        }
        if (depthLeft == 0 || codePoints[0] >= MAX_CODE_POINTS) {
            return INVALID;
        }
        int cp = Character.codePointAt(text, at, to);
        codePoints[0]++;
        int next = at + Character.charCount(cp);
        int arity = arity(cp);
        for (int i = 0; i < arity; i++) {
            if (next >= to) {
                return INCOMPLETE;
            }
            next = consume(text, next, to, depthLeft - 1, codePoints);
            if (next < 0) {
                return next;
            }
        }
        return next;
    }
}
