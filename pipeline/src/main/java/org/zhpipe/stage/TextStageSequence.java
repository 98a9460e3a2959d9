package org.zhpipe.stage;

import java.util.List;
import org.zhpipe.text.Text;

/** Several text stages run in order as one; used when one spec stage needs more than one pass. */
public final class TextStageSequence implements TextStage {
    private final List<TextStage> stages;

    public TextStageSequence(List<? extends TextStage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<TextStage> stages() {
        return stages;
    }

    @Override
    public Text apply(Text text) {
        Text t = text;
        for (TextStage stage : stages) {
            t = stage.apply(t);
        }
        return t;
    }
}
