package org.zhpipe.token;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.segment.SegmentStage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TokenStage;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The {@code lemmatize} stage: English words to their lemma with OpenNLP ({@link EnglishLemmatizer}: {@code My cat is
 * walking on the carpet} → {@code my cat be walk on the carpet}), and Chinese variants to one form by rules
 * ({@link ChineseLemmaRules}: 看看 → 看, 同学们 → 同学, 吃了饭 → 吃 饭).
 *
 * <p>A lemma replaces the token's term; the token keeps its offsets into the original input, and a token merged from
 * several (研究 + 研究 → 研究) covers all of their span. With {@code keepOriginal}, every token whose term changed
 * records its previous form ({@link Tokens#original(int)}; JSONL {@code "original"}). Tokens that are neither English
 * words nor touched by a Chinese rule pass through unchanged.
 *
 * <pre>{@code
 * Pipeline p = Spec.parseInline("segment,lemmatize").build();
 * p.process("孩子们高高兴兴地看了看 running dogs").output();   // "孩子 高兴 地 看 run dog"
 * }</pre>
 *
 * <p>Immutable and thread-safe when its parts are (both are).
 */
public final class LemmatizeStage implements TokenStage {
    /**
     * Parameters of {@code lemmatize}. Inline: {@code lemmatize}, {@code lemmatize:keepOriginal},
     * {@code lemmatize:english=false}, {@code lemmatize:exceptions=哥们|看看}.
     */
    public record Params(
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
        public static final Params DEFAULTS = new Params(true, true, false, List.of());

        public Params {
            for (String word : exceptions) {
                if (word.isBlank()) {
                    throw new InvalidParameterException("exceptions", "an empty entry; each entry is a word");
                }
            }
        }
    }

    /**
     * The stage type {@code lemmatize}: OpenNLP's models and the core dictionary's tags are loaded once per build (the
     * dictionary is the same copy a default {@code segment} stage uses).
     */
    public static final StageType<Params> TYPE = StageType.withResources("lemmatize", StageKind.TOKEN,
            "English words to their lemma with OpenNLP (walking → walk); Chinese variants to one form by "
                    + "rules (看看 → 看, 同学们 → 同学, 吃了饭 → 吃 饭).",
            Params.DEFAULTS, null,
            LemmatizeStage::create);

    private final @Nullable EnglishLemmatizer english;
    private final @Nullable ChineseLemmaRules chinese;
    private final boolean keepOriginal;

    /**
     * @param english      the English lemmatizer, or {@code null} to leave English words alone
     * @param chinese      the Chinese rules, or {@code null} to leave Chinese words alone
     * @param keepOriginal record the previous form of every changed token
     */
    public LemmatizeStage(@Nullable EnglishLemmatizer english, @Nullable ChineseLemmaRules chinese,
                          boolean keepOriginal) {
        this.english = english;
        this.chinese = chinese;
        this.keepOriginal = keepOriginal;
    }

    @Override
    public Tokens apply(Tokens tokens, Text text) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        @Nullable String[] lemmas = english == null ? null : english.lemmas(tokens);
        if (chinese != null) {
            return chinese.apply(tokens, lemmas, keepOriginal);
        }
        if (lemmas == null) {
            return tokens;
        }
        Tokens.Builder out = Tokens.builder(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            emit(out, tokens, i, lemmas[i], keepOriginal);
        }
        return out.build();
    }

    /** Adds token {@code i} of {@code tokens} with {@code term} instead of its own when that is not {@code null}. */
    static void emit(Tokens.Builder out, Tokens tokens, int i, @Nullable String term, boolean keepOriginal) {
        String old = tokens.term(i);
        if (term == null || term.equals(old)) {
            out.add(tokens, i);
            return;
        }
        String original = tokens.original(i);
        if (original == null && keepOriginal) {
            original = old;
        }
        out.add(term, tokens.start(i), tokens.end(i), tokens.type(i), tokens.tag(i), original);
    }

    @Override
    public String toString() {
        return "LemmatizeStage[" + (english != null ? "english" : "") + (english != null && chinese != null ? ", " : "")
                + (chinese != null ? "chinese" : "") + (keepOriginal ? ", keepOriginal" : "") + "]";
    }

    private static LemmatizeStage create(Params p, ResourceCache resources) {
        EnglishLemmatizer english = p.english()
                ? new EnglishLemmatizer(resources.get(EnglishModels.class, EnglishModels.class, EnglishModels::bundled))
                : null;
        ChineseLemmaRules chinese = null;
        if (p.chinese()) {
            List<String> exceptions = new ArrayList<>(ChineseLemmaRules.bundledExceptions());
            exceptions.addAll(p.exceptions());
            chinese = new ChineseLemmaRules(SegmentStage.bundledDictionary("core", resources), exceptions);
        }
        return new LemmatizeStage(english, chinese, p.keepOriginal());
    }
}
