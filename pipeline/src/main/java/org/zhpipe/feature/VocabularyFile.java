package org.zhpipe.feature;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * A fitted vocabulary on disk, the sidecar of a fitted spec: a UTF-8 TSV with the header {@code term index df idf}
 * and one line per term in index order, readable by any TSV tool (the vocabulary export). A term's tab, line breaks
 * and backslashes are escaped as {@code \t}, {@code \n}, {@code \r}, {@code \\}, and a lone surrogate (which
 * UTF-8 cannot hold) as {@code \}{@code uXXXX}. The idf column is what the model
 * used (empty when it uses none); reading recomputes it from df and the spec. The spec records the file's SHA-256
 * and the number of documents, both checked when it is read.
 */
public final class VocabularyFile {
    /** The header line. */
    public static final String HEADER = "term\tindex\tdf\tidf";

    private VocabularyFile() {
    }

    /**
     * Writes {@code vocabulary} to {@code file}, replacing it.
     *
     * @param idf the idf of each index, or {@code null} for an empty idf column
     * @return the SHA-256 of what was written, in lowercase hex
     */
    public static String write(Path file, Vocabulary vocabulary, @Nullable IntToDoubleFunction idf) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            return write(out, vocabulary, idf);
        }
    }

    /**
     * Writes {@code vocabulary} to {@code stream}, which is flushed, not closed.
     *
     * @param idf the idf of each index, or {@code null} for an empty idf column
     * @return the SHA-256 of what was written, in lowercase hex
     */
    public static String write(java.io.OutputStream stream, Vocabulary vocabulary, @Nullable IntToDoubleFunction idf)
            throws IOException {
        MessageDigest sha = sha256();
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(stream, sha),
                StandardCharsets.UTF_8), 1 << 16);
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < vocabulary.size(); i++) {
            line.setLength(0);
            escape(vocabulary.term(i), line);
            line.append('\t').append(i).append('\t').append(vocabulary.documentFrequency(i)).append('\t');
            if (idf != null) {
                line.append(idf.applyAsDouble(i));
            }
            line.append('\n');
            out.append(line);
        }
        out.flush();
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Reads a vocabulary written by {@link #write}.
     *
     * @param sha256    the checksum the spec records, or empty to skip the check
     * @param documents the number of documents the spec records
     * @throws VocabularyFileException naming the file (and line) when it is missing, changed or malformed
     */
    public static Vocabulary read(Path file, String sha256, long documents) {
        byte[] bytes;
        try {
            bytes = org.zhpipe.resource.DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new VocabularyFileException(file.toString(), 0, "the fitted vocabulary is missing; it is written next to the "
                    + "fitted spec when it is saved (FittedSpec.write): keep the two together, or fit again");
        } catch (IOException e) {
            throw new VocabularyFileException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString(), sha256, documents);
    }

    /** Reads the bytes of a vocabulary file; {@code file} names it in errors. */
    static Vocabulary read(byte[] bytes, String file, String sha256, long documents) {
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!sha256.isEmpty() && !sha256.equalsIgnoreCase(actual)) {
            throw new VocabularyFileException(file, 0, "the file has changed since it was fitted (its SHA-256 is "
                    + actual + ", the spec expects " + sha256 + "): fit again, or restore the file");
        }
        Utf8Lines lines = Utf8Lines.lfBreak(bytes, (line, problem) -> new VocabularyFileException(file, line,
                problem + "; fit again"));
        if (!lines.next() || !lines.line().equals(HEADER)) {
            throw new VocabularyFileException(file, 1, "expected the header \"" + HEADER.replace("\t", "\\t")
                    + "\": this is not a zhpipe vocabulary file");
        }
        List<String> terms = new ArrayList<>();
        long[] df = new long[16];
        while (lines.next()) {
            int n = lines.number();
            if (!lines.broken()) {
                throw new VocabularyFileException(file, n, "the file is cut short (no line break at the end): fit "
                        + "again");
            }
            int index = n - 2;
            String[] fields = lines.line().split("\t", -1);
            if (fields.length != 4) {
                throw new VocabularyFileException(file, n, "expected 4 tab-separated fields (term, index, df, idf), "
                        + "found " + fields.length);
            }
            if (!fields[1].equals(Integer.toString(index))) {
                throw new VocabularyFileException(file, n, "expected index " + index + ", found \"" + fields[1]
                        + "\": lines are in index order");
            }
            if (index == df.length) {
                df = Arrays.copyOf(df, index * 2);
            }
            try {
                df[index] = Long.parseLong(fields[2]);
            } catch (NumberFormatException e) {
                throw new VocabularyFileException(file, n, "the document frequency \"" + fields[2]
                        + "\" is not a whole number");
            }
            if (df[index] < 0 || df[index] > documents) {
                throw new VocabularyFileException(file, n, "the document frequency " + df[index] + " lies outside "
                        + "[0, " + documents + "], the number of documents the spec records");
            }
            terms.add(unescape(fields[0], file, n));
        }
        if (!lines.broken()) {
            throw new VocabularyFileException(file, 1, "the file is cut short (no line break at the end): fit again");
        }
        df = Arrays.copyOf(df, terms.size());
        try {
            return new Vocabulary(terms, df, documents, 0);
        } catch (IllegalArgumentException e) {
            throw new VocabularyFileException(file, 0, e.getMessage());
        }
    }

    private static void escape(String term, StringBuilder out) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ' || Character.isSurrogate(c) && !isPaired(term, i)) {
                        // a control char would break the line scanner (NUL) and UTF-8 cannot hold a lone surrogate:
                        // written as \\uXXXX
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair. */
    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String unescape(String field, String file, int line) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = ++i < field.length() ? field.charAt(i) : '?';
            switch (next) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    if (i + 4 >= field.length() || !field.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
                        throw new VocabularyFileException(file, line, "\\u must be followed by four hexadecimal digits");
                    }
                    sb.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new VocabularyFileException(file, line, "a backslash must start \\t, \\n, \\r, \\\\ or "
                        + "\\uXXXX in a term");
            }
        }
        return sb.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
