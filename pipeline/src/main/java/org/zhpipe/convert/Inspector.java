package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds {@link OpenccConverter#inspect}'s report: the conversion again, with every match recorded. */
final class Inspector {
    private final Conversion[] normalization;
    private final @Nullable MaxMatchSegmentation segmentation;
    private final Conversion[] chain;
    private final long[] scratch;

    Inspector(Conversion[] normalization, @Nullable MaxMatchSegmentation segmentation, Conversion[] chain,
              int scratchSize) {
        this.normalization = normalization;
        this.segmentation = segmentation;
        this.chain = chain;
        this.scratch = new long[scratchSize];
    }

    List<InspectedSegment> inspect(String text) {
        List<InspectedSegment> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        char[] input = text.toCharArray();
        NormalizedText normalized = NormalizedText.of(input, normalization, scratch);
        List<int[]> segments = new ArrayList<>();
        if (segmentation == null) {
            if (normalized.length > 0) {
                segments.add(new int[] {0, normalized.length});
            }
        } else {
            segmentation.segment(normalized.chars, 0, normalized.length, (s, e) -> segments.add(new int[] {s, e}),
                    scratch);
        }
        // a segment ending inside a normalization replacement goes together with the next one
        List<int[]> members = new ArrayList<>();
        for (int[] segment : segments) {
            members.add(segment);
            if (normalized.original(segment[1]) >= 0) {
                result.add(inspect(text, normalized, members));
                members.clear();
            }
        }
        if (result.isEmpty()) {
            // the normalization deleted everything
            result.add(new InspectedSegment(0, text.length(), text, "", steps(normalization, text, scratch),
                    List.of()));
        }
        return result;
    }

    private InspectedSegment inspect(String text, NormalizedText normalized, List<int[]> members) {
        int start = normalized.original(members.get(0)[0]);
        int end = normalized.original(members.get(members.size() - 1)[1]);
        String input = text.substring(start, end);
        List<StringBuilder> inputs = new ArrayList<>();
        List<StringBuilder> outputs = new ArrayList<>();
        List<List<DictionaryMatch>> matches = new ArrayList<>();
        for (int k = 0; k < chain.length; k++) {
            inputs.add(new StringBuilder());
            outputs.add(new StringBuilder());
            matches.add(new ArrayList<>());
        }
        StringBuilder output = new StringBuilder();
        for (int[] member : members) {
            String current = new String(normalized.chars, member[0], member[1] - member[0]);
            for (int k = 0; k < chain.length; k++) {
                int offset = inputs.get(k).length();
                inputs.get(k).append(current);
                List<DictionaryMatch> found = new ArrayList<>();
                current = convert(chain[k], current, found, scratch);
                outputs.get(k).append(current);
                for (DictionaryMatch m : found) {
                    matches.get(k).add(new DictionaryMatch(m.start() + offset, m.end() + offset, m.dictionary(),
                            m.key(), m.value()));
                }
            }
            output.append(current);
        }
        List<InspectedStep> conversion = new ArrayList<>();
        for (int k = 0; k < chain.length; k++) {
            conversion.add(new InspectedStep(k + 1, inputs.get(k).toString(), outputs.get(k).toString(),
                    matches.get(k)));
        }
        return new InspectedSegment(start, end, input, output.toString(), steps(normalization, input, scratch),
                conversion);
    }

    /** Each step of {@code steps} on the whole of {@code text}, one after the other. */
    private static List<InspectedStep> steps(Conversion[] steps, String text, long[] scratch) {
        List<InspectedStep> result = new ArrayList<>();
        String current = text;
        for (int k = 0; k < steps.length; k++) {
            List<DictionaryMatch> found = new ArrayList<>();
            String next = convert(steps[k], current, found, scratch);
            result.add(new InspectedStep(k + 1, current, next, found));
            current = next;
        }
        return result;
    }

    private static String convert(Conversion step, String text, List<DictionaryMatch> matches, long[] scratch) {
        char[] chars = text.toCharArray();
        CharSink out = new CharSink(chars.length + 16);
        step.convertTraced(chars, 0, chars.length, out, matches, scratch);
        return out.toString();
    }
}
