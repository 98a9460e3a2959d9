package org.zhpipe.normalize;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * Unicode NFKC normalization (ICU4J): full-width ASCII and the ideographic space become half-width like
 * {@link HalfwidthStage}, and also ① → 1, ℃ → °C, ﹏ → _, ㎏ → kg, half-width katakana → full-width, and combining
 * sequences are composed.
 *
 * <p>Alignment: the text is normalized one normalization segment at a time (segments start where
 * {@link Normalizer2#hasBoundaryBefore} holds, so the concatenation equals normalizing the whole text); each output
 * char maps to its segment, which is one code point in almost every case. Runs that pass ICU's quick check are copied
 * without work. Immutable and thread-safe.
 */
public final class NfkcStage implements TextStage {
    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    /** The NFKC form of each BMP char that changes on its own and never interacts with its neighbours; else null. */
    private final @Nullable String[] singles = new String[0x10000];

    public NfkcStage() {
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c) && !nfkc.isInert(c)
                    && nfkc.hasBoundaryBefore(c) && nfkc.hasBoundaryAfter(c)) {
                String alone = String.valueOf((char) c);
                String normalized = nfkc.normalize(alone);
                if (!normalized.equals(alone)) {
                    singles[c] = normalized;
                }
            }
        }
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int n = s.length();
        int pos = 0;
        TextBuilder out = null;
        CharBuffer rest = CharBuffer.wrap(s);
        while (pos < n) {
            int yes = pos + nfkc.spanQuickCheckYes(rest.position(pos));
            if (yes >= n) {
                if (out == null) {
                    return text;
                }
                out.copy(pos, n);
                break;
            }
            if (out == null) {
                out = new TextBuilder(text);
            }
            String single = singles[s.charAt(yes)];
            if (single != null && (yes + 1 == n || nfkc.hasBoundaryBefore(s.codePointAt(yes + 1)))) {
                // the common case: one char that normalizes on its own (，→ , Ａ → A ① → 1)
                out.copy(pos, yes);
                out.replace(yes, yes + 1, single);
                pos = yes + 1;
                continue;
            }
            int segmentStart = yes;
            while (segmentStart > pos && !nfkc.hasBoundaryBefore(s.codePointAt(segmentStart))) {
                segmentStart -= Character.charCount(s.codePointBefore(segmentStart));
            }
            int segmentEnd = yes + Character.charCount(s.codePointAt(yes));
            while (segmentEnd < n && !nfkc.hasBoundaryBefore(s.codePointAt(segmentEnd))) {
                segmentEnd += Character.charCount(s.codePointAt(segmentEnd));
            }
            out.copy(pos, segmentStart);
            String segment = s.substring(segmentStart, segmentEnd);
            String normalized = nfkc.normalize(segment);
            if (normalized.equals(segment)) {
                out.copy(segmentStart, segmentEnd);
            } else {
                out.replace(segmentStart, segmentEnd, normalized);
            }
            pos = segmentEnd;
        }
        return out == null ? text : out.build();
    }
}
