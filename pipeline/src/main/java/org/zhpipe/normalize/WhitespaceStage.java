package org.zhpipe.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.UnicodeSet;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.StageType;

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

    /** Parameters of {@code whitespace}. Inline: {@code whitespace}, {@code whitespace:keepNewlines}. */
    public record Params(
            @Doc("replace each run of white space (incl. U+3000, NBSP, tabs, line breaks) with one space")
            boolean collapse,
            @Doc("remove white space at the start and the end")
            boolean trim,
            @Doc("a collapsed run that holds a line break becomes a newline instead of a space")
            boolean keepNewlines,
            @Doc("UnicodeSet of invisible characters to delete; \"[]\" deletes none")
            String invisible) {
        public static final Params DEFAULTS = new Params(true, true, false, DEFAULT_INVISIBLE);
    }

    /** The stage type {@code whitespace}. */
    public static final StageType<Params> TYPE = StageType.of("whitespace", StageKind.TEXT,
            "Collapses white space runs, removes invisible characters, trims.",
            Params.DEFAULTS, null,
            p -> new WhitespaceStage(p.collapse(), p.trim(), p.keepNewlines(),
                    FilterStage.unicodeSet(p.invisible(), "invisible")));

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LINE_BREAK = 2;
    private static final byte INVISIBLE = 3;
    private static final byte SURROGATE = 4;

    private final boolean collapse;
    private final boolean trim;
    private final boolean keepNewlines;
    private final UnicodeSet invisible;
    /** The class of every BMP char, computed once from ICU's White_Space property and the invisible set. */
    private final byte[] classes = new byte[0x10000];

    /**
     * @param collapse     replace each run of white space with one space (or newline)
     * @param trim         remove white space at the start and end
     * @param keepNewlines a collapsed run that holds a line break becomes {@code \n} instead of a space
     * @param invisible    code points to delete wherever they are (they win over white space)
     */
    public WhitespaceStage(boolean collapse, boolean trim, boolean keepNewlines, UnicodeSet invisible) {
        this.collapse = collapse;
        this.trim = trim;
        this.keepNewlines = keepNewlines;
        this.invisible = invisible.cloneAsThawed().freeze();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                classes[c] = SURROGATE;
            } else if (this.invisible.contains(c)) {
                classes[c] = INVISIBLE;
            } else if (UCharacter.isUWhiteSpace(c)) {
                classes[c] = isLineBreak(c) ? LINE_BREAK : SPACE;
            }
        }
    }

    /** Collapse, trim, default invisible set. */
    public WhitespaceStage() {
        this(true, true, false, new UnicodeSet(DEFAULT_INVISIBLE));
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** The class of the char at {@code i}, resolving surrogate pairs: a pair is INVISIBLE or OTHER. */
    private byte classAt(String s, int i) {
        char c = s.charAt(i);
        byte cls = classes[c];
        if (cls != SURROGATE) {
            return cls;
        }
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                && invisible.contains(Character.toCodePoint(c, s.charAt(i + 1))) ? INVISIBLE : OTHER;
    }

    private static int lengthAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                ? 2 : 1;
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int n = s.length();
        // scanned as an array: String.charAt checks its index at every char, which the JIT keeps in this loop
        char[] chars = s.toCharArray();
        TextBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            byte cls = classes[chars[i]];
            if (cls == OTHER) {
                i++;
                continue;
            }
            if (cls == SURROGATE) {
                cls = classAt(s, i);
                if (cls == OTHER) {
                    i += lengthAt(s, i);
                    continue;
                }
            }
            if (cls == INVISIBLE) {
                int len = lengthAt(s, i);
                out = out == null ? new TextBuilder(text) : out;
                out.copy(copied, i).delete(i, i + len);
                i += len;
                copied = i;
                continue;
            }
            int runStart = i;
            boolean lineBreak = false;
            boolean onlySpaces = true;
            boolean hasInvisible = false;
            while (i < n) {
                char c = s.charAt(i);
                byte k = classes[c];
                if (k == SURROGATE) {
                    k = classAt(s, i);
                }
                if (k == SPACE) {
                    onlySpaces &= c == ' ';
                } else if (k == LINE_BREAK) {
                    lineBreak = true;
                    onlySpaces = false;
                } else if (k == INVISIBLE) {
                    hasInvisible = true;
                    onlySpaces = false;
                } else {
                    break;
                }
                i += lengthAt(s, i);
            }
            boolean keptBefore = out == null ? runStart > 0 : out.length() + (runStart - copied) > 0;
            String replacement = keepNewlines && lineBreak ? "\n" : " ";
            if (trim && (!keptBefore || i == n)) {
                out = out == null ? new TextBuilder(text) : out;
                out.copy(copied, runStart).delete(runStart, i);
                copied = i;
            } else if (collapse) {
                if (i - runStart == 1 && onlySpaces && replacement.equals(" ")) {
                    continue; // a single space stays as it is
                }
                out = out == null ? new TextBuilder(text) : out;
                out.copy(copied, runStart).replace(runStart, i, replacement);
                copied = i;
            } else if (hasInvisible) {
                out = out == null ? new TextBuilder(text) : out;
                out.copy(copied, runStart);
                copyVisible(s, runStart, i, out);
                copied = i;
            }
        }
        if (out == null) {
            return text;
        }
        out.copy(copied, n);
        return out.build();
    }

    private void copyVisible(String s, int from, int to, TextBuilder out) {
        for (int i = from; i < to; ) {
            int len = lengthAt(s, i);
            if (classAt(s, i) == INVISIBLE) {
                out.delete(i, i + len);
            } else {
                out.copy(i, i + len);
            }
            i += len;
        }
    }
}
