package org.zhpipe.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFiles;

/**
 * A discovered word list on disk, the sidecar of a fitted {@code segment} stage and the output of {@code zhpipe
 * words}: a UTF-8 TSV with the header {@link #HEADER} and one word per line, most frequent first. It is meant to be
 * reviewed and edited: delete the lines of junk, change a frequency; lines starting with {@code #} and empty lines
 * are ignored. Only the first two columns are used (the word, and the frequency its unigram model gives it); the
 * others are the evidence (corpus count, documents, cohesion, left and right entropy, an example) and may be left
 * empty. The fitted spec records the file's SHA-256 and refuses a changed file until it is re-recorded
 * ({@code zhpipe rehash FITTED.json}).
 */
public final class WordsFile {
    /** The header line. */
    public static final String HEADER = "word\tfrequency\tcount\tdocuments\tcohesion\tleft_entropy\tright_entropy"
            + "\texample";

    private WordsFile() {
    }

    /**
     * Writes {@code words} to {@code stream}, which is flushed, not closed.
     *
     * @return the SHA-256 of what was written, in lowercase hex
     */
    public static String write(OutputStream stream, List<DiscoveredWord> words) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (DiscoveredWord w : words) {
            text.append(w.word()).append('\t').append(w.frequency()).append('\t').append(w.count()).append('\t')
                    .append(w.documents()).append('\t').append(decimal(w.cohesion())).append('\t')
                    .append(decimal(w.leftEntropy())).append('\t').append(decimal(w.rightEntropy())).append('\t')
                    .append(oneLine(w.example())).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        stream.write(bytes);
        stream.flush();
        return sha256(bytes);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** An example as one TSV field: tabs and line breaks become spaces. */
    static String oneLine(String example) {
        return example.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]", " ");
    }

    /**
     * The words of a list written by {@link #write} (and perhaps edited), as user-dictionary entries.
     *
     * @param sha256 the checksum the spec records, or empty to skip the check
     * @throws DataFileException naming the file (and line) when it is missing, changed or malformed
     */
    public static List<WordEntry> read(Path file, String sha256) {
        byte[] bytes;
        try {
            bytes = DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file.toString(), 0, "the discovered word list is missing; zhpipe fit writes "
                    + "it next to the fitted spec: keep the two together, or fit again");
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString(), sha256);
    }

    /** Reads the bytes of a word list; {@code file} names it in errors. */
    static List<WordEntry> read(byte[] bytes, String file, String sha256) {
        String actual = sha256(bytes);
        if (!sha256.isEmpty() && !sha256.equalsIgnoreCase(actual)) {
            throw new DataFileException(file, 0, "the word list has changed since it was fitted (its SHA-256 is "
                    + actual + ", the spec expects " + sha256 + "): after reviewing it, record the new checksum with "
                    + "zhpipe rehash FITTED.json, or restore the file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(file, 0, "not UTF-8: save the word list as UTF-8");
        }
        List<WordEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.equals(HEADER))) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String word = fields[0].strip();
            if (word.isEmpty()) {
                throw new DataFileException(file, number, "a line without a word: give the word in the first "
                        + "column, or delete the line");
            }
            if (fields.length < 2 || fields[1].isBlank()) {
                throw new DataFileException(file, number, "\"" + word + "\" has no frequency: give a whole number "
                        + "of 0 or more in the second column (TAB-separated)");
            }
            long frequency;
            try {
                frequency = Long.parseLong(fields[1].strip());
            } catch (NumberFormatException e) {
                frequency = -1;
            }
            if (frequency < 0) {
                throw new DataFileException(file, number, "the frequency of \"" + word + "\" is \"" + fields[1]
                        + "\", not a whole number of 0 or more");
            }
            entries.add(new WordEntry(word, frequency, null));
        }
        return List.copyOf(entries);
    }

    /** The SHA-256 of a file's bytes, in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
