package org.zhpipe.stage;

/**
 * Why a document was dropped: one rule of one document stage.
 *
 * @param stage  the stage's name in the pipeline (its spec type, or the name it was added with)
 * @param rule   the rule's stable name (e.g. {@code min_han_share})
 * @param detail what was measured against what (e.g. {@code han_share 0.12 < 0.3})
 */
public record Drop(String stage, String rule, String detail) {
    /** {@code stage.rule}: the key drops are counted by. */
    public String key() {
        return stage + "." + rule;
    }

    @Override
    public String toString() {
        return key() + " (" + detail + ")";
    }
}
