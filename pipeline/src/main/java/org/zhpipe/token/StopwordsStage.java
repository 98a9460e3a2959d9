package org.zhpipe.token;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;

/**
 * The stage type {@code stopwords}: its parameters and its factory, which builds a {@link StopwordFilter} over the
 * union of the named {@link StopwordList}s (each loaded once per build).
 */
public final class StopwordsStage {
    /**
     * Parameters of {@code stopwords}. Inline: {@code stopwords} (zh, en and punct), {@code stopwords:zh},
     * {@code stopwords:zh|punct}, {@code stopwords:files=my.txt;add=转发|点赞;remove=不}.
     */
    public record Params(
            @Doc("bundled lists: zh (stopwords-iso's Chinese list, 794 terms), en (Snowball's English list, 174 "
                    + "words), en_iso (stopwords-iso's English list, 1,298 terms, much broader), punct (punctuation "
                    + "marks); inline, separate them with |")
            List<String> lists,
            @Doc("paths of your own lists: one term per line, UTF-8 with or without BOM, lines starting with # are "
                    + "comments")
            List<String> files,
            @Doc("more terms to drop")
            List<String> add,
            @Doc("terms to keep although a list names them (applied last)")
            List<String> remove) {
        public static final Params DEFAULTS = new Params(List.of("zh", "en", "punct"), List.of(), List.of(),
                List.of());

        public Params {
            for (String name : lists) {
                if (!StopwordList.bundledNames().contains(name)) {
                    throw new InvalidParameterException("lists", "unknown stopword list \"" + name + "\""
                            + Suggestions.didYouMean(name, StopwordList.bundledNames()) + " Bundled: "
                            + String.join(", ", StopwordList.bundledNames()) + "; name your own files in \"files\"");
                }
            }
            noBlank(files, "files", "a path");
            noBlank(add, "add", "a term");
            noBlank(remove, "remove", "a term");
        }

        private static void noBlank(List<String> values, String parameter, String what) {
            for (String value : values) {
                if (value.isBlank()) {
                    throw new InvalidParameterException(parameter, "an empty entry; each entry is " + what);
                }
            }
        }
    }

    /** The stage type {@code stopwords}. */
    public static final StageType<Params> TYPE = StageType.withContext("stopwords", StageKind.TOKEN,
            "Drops the tokens on stopword lists (bundled zh, en, punct, or your own files); the rest keep "
                    + "their offsets.",
            Params.DEFAULTS, "lists",
            StopwordsStage::create);

    private StopwordsStage() {
    }

    private static StopwordFilter create(Params p, BuildContext context) {
        ResourceCache resources = context.resources();
        StopwordList list = StopwordList.empty();
        for (String name : p.lists()) {
            list = list.union(resources.get(new StopwordKey(name, null), StopwordList.class,
                    () -> StopwordList.bundled(name)));
        }
        for (String value : p.files()) {
            try {
                Path file = context.file(value, "stopword file");
                list = list.union(resources.get(new StopwordKey(null, file), StopwordList.class,
                        () -> StopwordList.load(file)));
            } catch (DataFileException e) {
                throw new InvalidParameterException("files", e.getMessage());
            }
        }
        return new StopwordFilter(list.with(p.add()).without(p.remove()));
    }

    /** A loaded stopword list: bundled by name, or a file by path (the other one null). */
    private record StopwordKey(@Nullable String bundled, @Nullable Path file) {
    }
}
