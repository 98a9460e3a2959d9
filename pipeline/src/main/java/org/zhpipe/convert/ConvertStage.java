package org.zhpipe.convert;

import java.util.Objects;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * The {@code convert} text stage: rewrites the text with an {@link OpenccConverter} and keeps the alignment to the
 * original. For each span the converter reports ({@link OpenccConverter#convert(String, SegmentConsumer)}):
 * unchanged spans are copied; an output as long as its span is replaced character by character, so 1:1 conversions
 * (发 → 發) keep one-char offsets (a surrogate pair on either side stays whole); any other output stands for its
 * whole span (記憶體 → 内存: both chars map to all three). Returns the input itself when nothing changes.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new ConvertStage(OpenccConverter.bundled("tw2sp"))).add(new BasicTokenizer()).build();
 * p.process("記憶體").tokens();   // 内 [0,3), 存 [0,3)
 * }</pre>
 */
public final class ConvertStage implements TextStage {
    private final OpenccConverter converter;

    public ConvertStage(OpenccConverter converter) {
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    public OpenccConverter converter() {
        return converter;
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        if (s.isEmpty()) {
            return text;
        }
        Builder builder = new Builder(text);
        converter.convert(s, builder);
        return builder.build();
    }

    /** Collects the spans; starts a {@link TextBuilder} only at the first change. */
    private static final class Builder implements SegmentConsumer {
        private final Text text;
        private final String in;
        private TextBuilder out;
        /** Input chars before this are written to {@link #out} (once it exists). */
        private int written;

        Builder(Text text) {
            this.text = text;
            this.in = text.current();
        }

        @Override
        public void accept(int start, int end, String output) {
            int n = end - start;
            if (output.length() == n && in.regionMatches(start, output, 0, n)) {
                return; // unchanged: copied lazily with the next change
            }
            if (out == null) {
                out = new TextBuilder(text);
            }
            out.copy(written, start);
            if (output.length() == n) {
                replaceCharByChar(start, output);
            } else {
                out.replace(start, end, output);
            }
            written = end;
        }

        /** Same length: char by char, keeping a surrogate pair of either side in one piece. */
        private void replaceCharByChar(int start, String output) {
            int n = output.length();
            int k = 0;
            while (k < n) {
                int j = k + 1;
                while (j < n && (splitsPair(output, j) || splitsPair(in, start + j))) {
                    j++;
                }
                if (in.regionMatches(start + k, output, k, j - k)) {
                    out.copy(start + k, start + j);
                } else {
                    out.replace(start + k, start + j, output.substring(k, j));
                }
                k = j;
            }
        }

        private static boolean splitsPair(String s, int index) {
            return index > 0 && index < s.length()
                    && Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index));
        }

        Text build() {
            if (out == null) {
                return text;
            }
            out.copy(written, in.length());
            return out.build();
        }
    }
}
