package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import java.util.List;

/**
 * Parameters of {@code lemmatize}. Inline: {@code lemmatize}, {@code lemmatize:keepOriginal},
 * {@code lemmatize:english=false}, {@code lemmatize:exceptions=哥们|看看}.
 */
public record LemmatizeParams(
        @Doc("English words (Latin letters) to their lemma with OpenNLP's UD English models, lowercase: "
                + "walking → walk, ate → eat, children → child")
        boolean english,
        @Doc("Chinese rules: reduplications to the base (看看 → 看, 研究研究 → 研究, 高高兴兴 → 高兴, 想一想 → 想, "
                + "看了看 → 看), plural 们 off nouns (同学们 → 同学), 了/着/过 after a verb removed")
        boolean chinese,
        @Doc("record the previous form of every token the stage changed (JSONL: \"original\")")
        boolean keepOriginal,
        @Doc("more words and patterns the Chinese rules leave alone, besides the bundled list (妈妈, 星星, 谢谢, "
                + "常常, ...); inline, separate them with |")
        List<String> exceptions) {
    public static final LemmatizeParams DEFAULTS = new LemmatizeParams(true, true, false, List.of());

    public LemmatizeParams {
        for (String word : exceptions) {
            if (word.isBlank()) {
                throw new InvalidParameterException("exceptions", "an empty entry; each entry is a word");
            }
        }
    }
}
