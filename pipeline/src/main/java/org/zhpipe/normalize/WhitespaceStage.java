package org.zhpipe.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.UnicodeSet;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * Cleans white space and invisible characters:
 * <ul>
 *   <li>removes invisible characters (default: zero-width space, non-joiner and joiner U+200B–U+200D, word joiner
 *       U+2060, BOM / zero-width no-break space U+FEFF, soft hyphen U+00AD);</li>
 *   <li>collapses each run of white space (Unicode's White_Space property: ASCII space, tab and line breaks, NBSP,
 *       the ideographic space U+3000, U+2000–U+200A, ...) into one ASCII space — or into one {@code \n} when
 *       {@code keepNewlines} is set and the run holds a line break;</li>
 *   <li>trims white space at both ends.</li>
 * </ul>
 * Removing U+200D also splits emoji ZWJ sequences (👨‍👩‍👧 → 👨👩👧); pass a different {@code invisible} set to keep it.
 * Immutable and thread-safe.
 */
public final class WhitespaceStage implements TextStage {
    /** The default invisible characters. */
    public static final String DEFAULT_INVISIBLE = "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]";

    private final boolean collapse;
    private final boolean trim;
    private final boolean keepNewlines;
    private final UnicodeSet invisible;

    /**
     * @param collapse     replace each run of white space with one space (or newline)
     * @param trim         remove white space at the start and end
     * @param keepNewlines a collapsed run that holds a line break becomes {@code \n} instead of a space
     * @param invisible    code points to delete wherever they are
     */
    public WhitespaceStage(boolean collapse, boolean trim, boolean keepNewlines, UnicodeSet invisible) {
        this.collapse = collapse;
        this.trim = trim;
        this.keepNewlines = keepNewlines;
        this.invisible = invisible.cloneAsThawed().freeze();
    }

    /** Collapse, trim, default invisible set. */
    public WhitespaceStage() {
        this(true, true, false, new UnicodeSet(DEFAULT_INVISIBLE));
    }

    static boolean isWhiteSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
        }
        return UCharacter.isUWhiteSpace(cp);
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private boolean isInvisible(int cp) {
        return cp >= 0xAD && invisible.contains(cp);
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int n = s.length();
        TextBuilder out = new TextBuilder(text);
        int copied = 0;
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (isInvisible(cp)) {
                out.copy(copied, i).delete(i, i + len);
                i += len;
                copied = i;
                continue;
            }
            if (!isWhiteSpace(cp)) {
                i += len;
                continue;
            }
            int runStart = i;
            boolean lineBreak = false;
            boolean onlySpaces = true;
            boolean hasInvisible = false;
            while (i < n) {
                int c = s.codePointAt(i);
                if (isWhiteSpace(c)) {
                    lineBreak |= isLineBreak(c);
                    onlySpaces &= c == ' ';
                } else if (isInvisible(c)) {
                    hasInvisible = true;
                } else {
                    break;
                }
                i += Character.charCount(c);
            }
            out.copy(copied, runStart);
            copied = i;
            boolean edge = (runStart == 0 || out.length() == 0) || i == n;
            if (trim && edge) {
                out.delete(runStart, i);
            } else if (collapse) {
                String replacement = keepNewlines && lineBreak ? "\n" : " ";
                if (i - runStart == 1 && onlySpaces && replacement.equals(" ")) {
                    out.copy(runStart, i);
                } else {
                    out.replace(runStart, i, replacement);
                }
            } else {
                copyVisible(s, runStart, i, hasInvisible, out);
            }
        }
        out.copy(copied, n);
        return out.build();
    }

    private void copyVisible(String s, int from, int to, boolean hasInvisible, TextBuilder out) {
        if (!hasInvisible) {
            out.copy(from, to);
            return;
        }
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (isInvisible(cp)) {
                out.delete(i, i + len);
            } else {
                out.copy(i, i + len);
            }
            i += len;
        }
    }
}
