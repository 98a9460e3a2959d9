package org.zhpipe.eval;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.input.EncodingDetector;
import org.zhpipe.input.InputException;

/**
 * Measures encoding detection on real sentences: each sample is a piece of text with exactly {@code n} Han
 * characters, encoded as UTF-8, GB18030 (both simplified) and Big5 (the same piece made traditional), and the
 * detector must name the encoding it was written in.
 *
 * <p>Samples: for each length {@code n}, at most {@code maxSamples} start lines spread evenly over the text; a sample
 * starts at its line and runs on over the following lines (joined by {@code \n}) until its {@code n}-th Han character,
 * where it is cut, and gets a final {@code \n}, as a one-line file would. A start line without Han characters, or
 * too near the end to reach {@code n}, gives no sample. A traditional sample that Big5 cannot encode is left out of
 * the Big5 column and counted in {@link EncodingReport.Cell#unencodable()}. Deterministic.
 *
 * <pre>{@code
 * EncodingEvaluator evaluator = new EncodingEvaluator(new EncodingDetector(CharacterFrequencies.bundled()),
 *         OpenccConverter.bundled("s2tw")::convert, List.of(2, 4, 8, 16, 64), 2000);
 * EncodingReport report = evaluator.evaluate(lines);
 * }</pre>
 *
 * <p>Immutable and thread-safe when the detector and the converter are.
 */
public final class EncodingEvaluator {
    /** The encodings measured, in report order. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5"));

    private final EncodingDetector detector;
    private final UnaryOperator<String> toTraditional;
    private final List<Integer> lengths;
    private final int maxSamples;

    /**
     * @param toTraditional converts simplified text to traditional, for the Big5 samples (e.g. OpenCC's s2tw)
     * @param lengths       the sample lengths in Han characters, each at least 1
     * @param maxSamples    samples per length at most, at least 1
     */
    public EncodingEvaluator(EncodingDetector detector, UnaryOperator<String> toTraditional, List<Integer> lengths,
                             int maxSamples) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.toTraditional = Objects.requireNonNull(toTraditional, "toTraditional");
        this.lengths = List.copyOf(lengths);
        if (this.lengths.isEmpty() || this.lengths.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("lengths must be at least 1: " + lengths);
        }
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples < 1: " + maxSamples);
        }
        this.maxSamples = maxSamples;
    }

    /** Evaluates on simplified Chinese text, one sentence (or paragraph) per element; CRs and blanks are trimmed. */
    public EncodingReport evaluate(List<String> simplifiedLines) {
        List<String> lines = new ArrayList<>();
        for (String line : simplifiedLines) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        List<EncodingReport.Cell> cells = new ArrayList<>();
        for (int n : lengths) {
            List<String> samples = samples(lines, n);
            for (Charset charset : ENCODINGS) {
                cells.add(measure(samples, n, charset));
            }
        }
        return new EncodingReport(cells);
    }

    private EncodingReport.Cell measure(List<String> samples, int n, Charset charset) {
        boolean big5 = charset.name().equals("Big5");
        int total = 0;
        int correct = 0;
        int unencodable = 0;
        int[] wrong = new int[ENCODINGS.size() + 1];
        List<String> firstErrors = new ArrayList<>();
        for (String sample : samples) {
            String text = big5 ? toTraditional.apply(sample) : sample;
            byte[] bytes = encode(text + "\n", charset);
            if (bytes == null) {
                unencodable++;
                continue;
            }
            total++;
            Charset detected = detect(bytes);
            if (charset.equals(detected)) {
                correct++;
            } else {
                int i = ENCODINGS.indexOf(detected);
                wrong[i < 0 ? ENCODINGS.size() : i]++;
                if (firstErrors.size() < 5) {
                    firstErrors.add(text + " → " + (detected == null ? "refused" : detected.name()));
                }
            }
        }
        return new EncodingReport.Cell(n, charset, total, correct, unencodable, wrong, firstErrors);
    }

    /** The charset detected, or {@code null} when the detector refuses the bytes. */
    private @Nullable Charset detect(byte[] bytes) {
        try {
            DetectedEncoding e = detector.detect("sample", bytes, bytes.length, true);
            return e.charset();
        } catch (InputException e) {
            return null;
        }
    }

    /** The samples of {@code n} Han characters. */
    private List<String> samples(List<String> lines, int n) {
        List<String> samples = new ArrayList<>();
        double step = Math.max(1.0, (double) lines.size() / maxSamples);
        for (double at = 0; at < lines.size() && samples.size() < maxSamples; at += step) {
            String sample = sampleFrom(lines, (int) at, n);
            if (sample != null) {
                samples.add(sample);
            }
        }
        return samples;
    }

    /** Text from line {@code start} on, cut after its {@code n}-th Han character; {@code null} when there is none. */
    static @Nullable String sampleFrom(List<String> lines, int start, int n) {
        if (countHan(lines.get(start)) == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int han = 0;
        for (int l = start; l < lines.size(); l++) {
            if (l > start) {
                sb.append('\n');
            }
            String line = lines.get(l);
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
                if (isHan(c) && ++han == n) {
                    return sb.toString();
                }
            }
        }
        return null;
    }

    private static int countHan(String s) {
        return (int) s.codePoints().filter(EncodingEvaluator::isHan).count();
    }

    private static boolean isHan(int c) {
        return org.zhpipe.text.Scripts.isHanIdeograph(c);
    }

    /** The bytes, or {@code null} when the charset cannot encode every character. */
    private static byte @Nullable [] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
