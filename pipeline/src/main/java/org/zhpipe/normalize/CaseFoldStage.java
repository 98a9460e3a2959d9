package org.zhpipe.normalize;

import com.ibm.icu.text.CaseMap;
import com.ibm.icu.text.Edits;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * Full Unicode case folding (ICU4J {@link CaseMap#fold()}, the default folding of Unicode's CaseFolding.txt):
 * {@code Straße} → {@code strasse}, {@code ΣΊΣΥΦΟΣ} → {@code σίσυφοσ}, {@code ﬁ} → {@code fi}. Length-changing folds
 * keep their alignment through ICU's {@link Edits}. Immutable and thread-safe.
 */
public final class CaseFoldStage implements TextStage {
    private final CaseMap.Fold fold = CaseMap.fold();

    @Override
    public Text apply(Text text) {
        String s = text.current();
        Edits edits = new Edits();
        StringBuilder folded = fold.apply(s, new StringBuilder(s.length()), edits);
        if (!edits.hasChanges()) {
            return text;
        }
        TextBuilder out = new TextBuilder(text);
        Edits.Iterator it = edits.getFineIterator();
        while (it.next()) {
            int from = it.sourceIndex();
            int to = from + it.oldLength();
            if (it.hasChange()) {
                int d = it.destinationIndex();
                out.replace(from, to, folded.subSequence(d, d + it.newLength()));
            } else {
                out.copy(from, to);
            }
        }
        return out.build();
    }
}
