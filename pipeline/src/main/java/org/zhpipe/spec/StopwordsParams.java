package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.Suggestions;
import java.util.List;
import org.zhpipe.token.StopwordList;

/**
 * Parameters of {@code stopwords}. Inline: {@code stopwords} (zh, en and punct), {@code stopwords:zh},
 * {@code stopwords:zh|punct}, {@code stopwords:files=my.txt;add=转发|点赞;remove=不}.
 */
public record StopwordsParams(
        @Doc("bundled lists: zh (stopwords-iso's Chinese list, 794 terms), en (Snowball's English list, 174 words), "
                + "en_iso (stopwords-iso's English list, 1,298 terms, much broader), punct (punctuation marks); "
                + "inline, separate them with |")
        List<String> lists,
        @Doc("paths of your own lists: one term per line, UTF-8 with or without BOM, lines starting with # are "
                + "comments")
        List<String> files,
        @Doc("more terms to drop")
        List<String> add,
        @Doc("terms to keep although a list names them (applied last)")
        List<String> remove) {
    public static final StopwordsParams DEFAULTS = new StopwordsParams(List.of("zh", "en", "punct"), List.of(),
            List.of(), List.of());

    public StopwordsParams {
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
