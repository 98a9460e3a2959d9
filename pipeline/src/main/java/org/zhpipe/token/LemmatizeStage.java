package org.zhpipe.token;

import org.zhpipe.stage.TokenStage;
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
    private final EnglishLemmatizer english;
    private final ChineseLemmaRules chinese;
    private final boolean keepOriginal;

    /**
     * @param english      the English lemmatizer, or {@code null} to leave English words alone
     * @param chinese      the Chinese rules, or {@code null} to leave Chinese words alone
     * @param keepOriginal record the previous form of every changed token
     */
    public LemmatizeStage(EnglishLemmatizer english, ChineseLemmaRules chinese, boolean keepOriginal) {
        this.english = english;
        this.chinese = chinese;
        this.keepOriginal = keepOriginal;
    }

    @Override
    public Tokens apply(Tokens tokens, Text text) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        String[] lemmas = english == null ? null : english.lemmas(tokens);
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
    static void emit(Tokens.Builder out, Tokens tokens, int i, String term, boolean keepOriginal) {
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
}
