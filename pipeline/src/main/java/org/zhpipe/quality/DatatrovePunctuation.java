package org.zhpipe.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * datatrove's punctuation sets ({@code src/datatrove/utils/text.py}, Apache-2.0), from the bundled
 * {@code datatrove-punctuation.txt}: TERMINAL_PUNCTUATION (what ends a line for FineWeb's line punctuation ratio) and
 * PUNCTUATION_SET (PUNCTUATION and TERMINAL_PUNCTUATION: what a "symbol word" of Gopher's quality rules consists
 * of). Immutable and thread-safe; load once per pipeline build.
 */
final class DatatrovePunctuation {
    static final String RESOURCE = "/org/zhpipe/quality/datatrove-punctuation.txt";

    private final int[] terminal;
    private final int[] punctuation;

    private DatatrovePunctuation(int[] terminal, int[] punctuation) {
        this.terminal = terminal;
        this.punctuation = punctuation;
    }

    /** The bundled sets. */
    static DatatrovePunctuation bundled() {
        byte[] bytes;
        try (InputStream in = DatatrovePunctuation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild it");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] terminal = new int[256];
        int[] all = new int[512];
        int t = 0;
        int a = 0;
        Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new IllegalStateException(RESOURCE + ":" + line
                + ": " + problem));
        while (lines.next()) {
            String line = lines.line();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            int cp = Integer.parseInt(fields[1], 16);
            if (fields[0].equals("terminal")) {
                terminal[t++] = cp;
            }
            all[a++] = cp;
        }
        int[] terminals = Arrays.copyOf(terminal, t);
        int[] punctuationSet = Arrays.stream(all, 0, a).distinct().sorted().toArray();
        Arrays.sort(terminals);
        return new DatatrovePunctuation(terminals, punctuationSet);
    }

    /** Whether {@code cp} is in TERMINAL_PUNCTUATION. */
    boolean isTerminal(int cp) {
        return Arrays.binarySearch(terminal, cp) >= 0;
    }

    /** Whether {@code cp} is in PUNCTUATION_SET. */
    boolean isPunctuation(int cp) {
        return Arrays.binarySearch(punctuation, cp) >= 0;
    }

    /** The sizes of the two sets, for tests: {terminal, punctuation set}. */
    int[] sizes() {
        return new int[] {terminal.length, punctuation.length};
    }
}
