package org.zhpipe.opensearch;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opensearch.common.settings.Settings;
import org.zhpipe.lucene.ConfinedSpecs;
import org.zhpipe.lucene.ZhpipeTokenizer;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;

/**
 * The settings of one zhpipe analysis component in index settings, read and built: {@code spec} (inline,
 * {@code convert:t2s,segment}, or a JSON string) or {@code spec_file} (a JSON spec, relative to
 * {@code <config>/zhpipe}), and {@code max_chars} (the longest field value, default 8388608).
 *
 * <p>Whoever may create an index writes these settings, so every file they name must lie under the node's zhpipe
 * folder, and a wrong spec fails the index creation with zhpipe's one-line message as an
 * {@link IllegalArgumentException} (HTTP 400), which never quotes a file.
 *
 * @param pipeline the built pipeline
 * @param maxChars the longest field value analyzed, in chars
 */
record ComponentSpec(Pipeline pipeline, int maxChars) {
    static final String SPEC = "spec";
    static final String SPEC_FILE = "spec_file";
    static final String MAX_CHARS = "max_chars";

    /** What a component's pipeline may hold. */
    enum Kind {
        /** A tokenizer or analyzer: text stages, a segmenter, token stages. */
        TOKENIZER,
        /** A char filter: text stages only. */
        CHAR_FILTER;

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * @param kind     what the component is
     * @param name     its name in the index settings, for messages
     * @param settings its settings, without the {@code index.analysis...} prefix
     * @throws IllegalArgumentException for every mistake in the settings or the spec
     */
    static ComponentSpec of(Kind kind, String name, Settings settings, DataFolder folder) {
        String where = "zhpipe " + kind.word() + " [" + name + "]: ";
        if (settings.get(SPEC) == null && !settings.getAsSettings(SPEC).isEmpty()) {
            throw new IllegalArgumentException(where + "spec must be a string: write a JSON spec as a string "
                    + "(\"spec\": \"{\\\"zhpipe\\\": 1, ...}\"), or put it in a file under <config>/zhpipe and name it "
                    + "in spec_file");
        }
        String spec = settings.get(SPEC);
        String specFile = settings.get(SPEC_FILE);
        int maxChars;
        try {
            maxChars = settings.getAsInt(MAX_CHARS, ZhpipeTokenizer.DEFAULT_MAX_CHARS);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "max_chars must be a whole number of chars, not \""
                    + settings.get(MAX_CHARS) + "\"");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException(where + "max_chars must be at least 1, not " + maxChars);
        }
        try {
            return new ComponentSpec(build(kind, spec, specFile, folder), maxChars);
        } catch (SpecException | DataFileException | IllegalArgumentException e) {
            // the message is complete and one line; the cause is left out so that nothing but it reaches the user
            throw new IllegalArgumentException(where + withoutPrefix(e.getMessage()));
        }
    }

    private static Pipeline build(Kind kind, @Nullable String spec, @Nullable String specFile, DataFolder folder) {
        return switch (kind) {
            case TOKENIZER -> ConfinedSpecs.forTokenizer(spec, specFile, folder.root(), folder.cache());
            case CHAR_FILTER -> ConfinedSpecs.forCharFilter(spec, specFile, folder.root(), folder.cache());
        };
    }

    private static String withoutPrefix(@Nullable String message) {
        if (message == null) {
            return "the spec is wrong";
        }
        return message.startsWith("zhpipe: ") ? message.substring("zhpipe: ".length()) : message;
    }
}
