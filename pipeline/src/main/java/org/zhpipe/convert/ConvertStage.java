package org.zhpipe.convert;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFileRef;
import org.zhpipe.stage.Inspectable;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
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
 * ConvertStage tw2sp = new ConvertStage(OpenccConverter.bundled("tw2sp"));
 * Pipeline p = Pipeline.builder().add(tw2sp).add(new BasicTokenizer()).build();
 * p.process("記憶體").tokens();   // 内 [0,3), 存 [0,3)
 * }</pre>
 */
public final class ConvertStage implements TextStage, Inspectable {
    /** Parameters of {@code convert}. Inline: {@code convert:t2s}, {@code convert:s2twp;tofu=false}. */
    public record Params(
            @Doc("OpenCC configuration: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, t2tw, tw2t, "
                    + "t2hk, hk2t, t2jp, jp2t, or the path of your OpenCC-format configuration JSON (dictionaries "
                    + "beside it); required")
            @Nullable String config,
            @Doc("also use dictionaries marked may_output_tofu (rare characters common fonts may lack), as OpenCC's "
                    + "library does; false behaves like OpenCC's command-line tool")
            boolean tofu) {
        public static final Params DEFAULTS = new Params(null, true);
    }

    /** The stage type {@code convert}: the build's {@link OpenccLoader} shares dictionaries between stages. */
    public static final StageType<Params> TYPE = StageType.withContext("convert", StageKind.TEXT,
            "Traditional ↔ simplified and regional conversion exactly as OpenCC 1.4.1 does it.",
            Params.DEFAULTS, "config",
            ConvertStage::create);

    private final OpenccConverter converter;

    public ConvertStage(OpenccConverter converter) {
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    public OpenccConverter converter() {
        return converter;
    }

    /**
     * One line per segment the conversion changed, as OpenCC's {@code --inspect}: the segment, its output, its span
     * in {@code input}, and each dictionary entry that rewrote it with the step that applied it, e.g.
     * {@code 鼠标 → 滑鼠  [0,2)  1:STCharacters.txt 标→標  2:TWPhrases.txt 鼠標→滑鼠}.
     */
    @Override
    public List<String> inspect(String input) {
        List<String> lines = new ArrayList<>();
        for (InspectedSegment segment : converter.inspect(input)) {
            if (segment.input().equals(segment.output())) {
                continue;
            }
            StringBuilder line = new StringBuilder().append(segment.input()).append(" → ").append(segment.output())
                    .append("  [").append(segment.start()).append(',').append(segment.end()).append(')');
            for (InspectedStep step : segment.conversion()) {
                for (DictionaryMatch match : step.matches()) {
                    if (!match.key().equals(match.value())) {
                        line.append("  ").append(step.index()).append(':').append(match.dictionary()).append(' ')
                                .append(match.key()).append('→').append(match.value());
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        if (s.isEmpty()) {
            return text;
        }
        Builder builder = new Builder(text);
        converter.convertSpans(builder.in, builder);
        return builder.build();
    }

    /** Collects the spans; starts a {@link TextBuilder} only at the first change. */
    private static final class Builder implements SpanSink {
        private final Text text;
        private final char[] in;
        private @Nullable TextBuilder out;
        /** Input chars before this are written to {@link #out} (once it exists). */
        private int written;

        Builder(Text text) {
            this.text = text;
            this.in = text.current().toCharArray();
        }

        @Override
        public void span(int start, int end, char[] output, int from, int to) {
            if (output == in) {
                return; // unchanged: copied lazily with the next change
            }
            int n = end - start;
            if (out == null) {
                out = new TextBuilder(text);
            }
            out.copy(written, start);
            if (to - from == n) {
                replaceCharByChar(start, n, output, from);
            } else {
                out.replace(start, end, new String(output, from, to - from));
            }
            written = end;
        }

        /** Same length: char by char, keeping a surrogate pair of either side in one piece. */
        private void replaceCharByChar(int start, int n, char[] output, int from) {
            int k = 0;
            while (k < n) {
                int j = k + 1;
                while (j < n && (splitsPair(output, from + j) || splitsPair(in, start + j))) {
                    j++;
                }
                if (same(output, from + k, start + k, j - k)) {
                    out.copy(start + k, start + j);
                } else if (j - k == Character.charCount(Character.codePointAt(output, from + k, from + j))) {
                    out.replaceWithCodePoint(start + k, start + j, Character.codePointAt(output, from + k, from + j));
                } else {
                    out.replace(start + k, start + j, new String(output, from + k, j - k));
                }
                k = j;
            }
        }

        private boolean same(char[] output, int from, int start, int length) {
            for (int i = 0; i < length; i++) {
                if (output[from + i] != in[start + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code index} falls between the halves of a surrogate pair of {@code chars}. */
        private static boolean splitsPair(char[] chars, int index) {
            return index > 0 && index < chars.length
                    && Character.isHighSurrogate(chars[index - 1]) && Character.isLowSurrogate(chars[index]);
        }

        Text build() {
            if (out == null) {
                return text;
            }
            out.copy(written, in.length);
            return out.build();
        }
    }

    private static ConvertStage create(Params p, BuildContext context) {
        OpenccLoader loader = context.resources().get(OpenccLoader.class, OpenccLoader.class, OpenccLoader::new);
        String config = p.config();
        boolean path = config.contains("/") || config.contains("\\");
        // OpenCC's own spelling of a bundled configuration, s2t.json, is the bundled one too
        String bare = !path && config.endsWith(".json") ? config.substring(0, config.length() - 5) : config;
        try {
            DataFileRef ref = context.dataFile(OpenccLoader.bundledNames().contains(bare) ? bare : config,
                    OpenccLoader.bundledNames(), "OpenCC configuration");
            if (ref.isBundled()) {
                return new ConvertStage(loader.bundled(ref.bundled(), p.tofu()));
            }
            if (path || config.endsWith(".json") || Files.exists(ref.file())) {
                return new ConvertStage(loader.fromFile(ref.file(), p.tofu(), context.policy()));
            }
        } catch (DataFileException e) {
            throw new InvalidParameterException("config", e.getMessage());
        }
        throw new InvalidParameterException("config", "unknown OpenCC configuration \"" + config + "\""
                + Suggestions.didYouMean(config, OpenccLoader.bundledNames()) + " Bundled: "
                + String.join(", ", OpenccLoader.bundledNames()) + "; or the path of an OpenCC configuration JSON");
    }
}
