package org.zhpipe.token;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of stopwords, matched case-insensitively where a script has case: every term and every token is
 * compared in its {@link Locale#ROOT} lower case ({@code The} matches {@code the}; {@code İ} and the Turkish dotless
 * {@code ı} get no locale-specific treatment). Han characters, kana and other scripts without case are compared
 * exactly; full-width letters are not folded to ASCII (put a {@code halfwidth} stage before the segmenter for that).
 *
 * <p>The bundled lists ({@link #bundledNames()}) live on the class path under {@code org/zhpipe/token/stopwords/};
 * their upstream sources, versions and licenses are in the project's {@code stopwords/README.md}. Files are read by
 * {@link TermListReader}: one term per line, {@code #} comments.
 *
 * <pre>{@code
 * StopwordList list = StopwordList.bundled("zh").union(StopwordList.load(Path.of("mine.txt")))
 *         .with(List.of("转发")).without(List.of("不"));
 * list.contains("的"); // true
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class StopwordList {
    /** The bundled lists, in the order {@code zhpipe stages} shows them. */
    private static final List<String> BUNDLED = List.of("zh", "en", "en_iso", "punct");
    private static final String RESOURCE_DIR = "/org/zhpipe/token/stopwords/";
    private static final StopwordList EMPTY = new StopwordList(Set.of());

    private final Set<String> terms;

    private StopwordList(Set<String> terms) {
        this.terms = terms;
    }

    /** The list of {@code terms}; an empty term is an error. */
    public static StopwordList of(Collection<String> terms) {
        return EMPTY.with(terms);
    }

    public static StopwordList empty() {
        return EMPTY;
    }

    /**
     * The names of the bundled lists: {@code zh} (stopwords-iso's Chinese list, 794 terms: function words and
     * full-width punctuation), {@code en} (Snowball's English list, 174 words), {@code en_iso} (stopwords-iso's
     * English list, 1,298 terms, much broader) and {@code punct} (punctuation marks, written for zhpipe).
     */
    public static List<String> bundledNames() {
        return BUNDLED;
    }

    /**
     * A bundled list by name, read from the class path.
     *
     * @throws TermListException if {@code name} is not one of {@link #bundledNames()}
     */
    public static StopwordList bundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new TermListException("no bundled stopword list \"" + name + "\"; bundled: "
                    + String.join(", ", BUNDLED));
        }
        String resource = RESOURCE_DIR + name + ".txt";
        try (InputStream in = StopwordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled stopword list " + resource + " is missing from the jar");
            }
            return of(TermListReader.read(in, "bundled stopword list " + name));
        } catch (IOException e) {
            throw new TermListException("bundled stopword list " + name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The list in {@code file} (format: {@link TermListReader}); errors name the file and line. */
    public static StopwordList load(Path file) {
        return of(TermListReader.read(file));
    }

    /** True when {@code term}, in lower case, is on the list. */
    public boolean contains(String term) {
        return terms.contains(fold(term));
    }

    /** This list and {@code other}. */
    public StopwordList union(StopwordList other) {
        if (other.terms.isEmpty()) {
            return this;
        }
        if (terms.isEmpty()) {
            return other;
        }
        Set<String> all = new HashSet<>(terms);
        all.addAll(other.terms);
        return new StopwordList(Collections.unmodifiableSet(all));
    }

    /** This list and {@code added}. */
    public StopwordList with(Collection<String> added) {
        if (added.isEmpty()) {
            return this;
        }
        Set<String> all = new HashSet<>(terms);
        for (String term : added) {
            all.add(checked(term));
        }
        return new StopwordList(Collections.unmodifiableSet(all));
    }

    /** This list without {@code removed} (compared in lower case, like tokens). */
    public StopwordList without(Collection<String> removed) {
        if (removed.isEmpty()) {
            return this;
        }
        Set<String> rest = new HashSet<>(terms);
        for (String term : removed) {
            rest.remove(checked(term));
        }
        return new StopwordList(Collections.unmodifiableSet(rest));
    }

    /** How many distinct terms (after lower-casing) the list holds. */
    public int size() {
        return terms.size();
    }

    /** The terms in lower case, unmodifiable, in no particular order. */
    public Set<String> terms() {
        return terms;
    }

    private static String checked(String term) {
        Objects.requireNonNull(term, "term");
        if (term.isEmpty()) {
            throw new IllegalArgumentException("an empty stopword");
        }
        return fold(term);
    }

    /**
     * The form terms and tokens are compared in. {@link String#toLowerCase(Locale)} returns the same string when
     * nothing changes, so Han text costs a scan and no copy.
     */
    private static String fold(String term) {
        return term.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof StopwordList other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "StopwordList[" + terms.size() + " terms]";
    }
}
