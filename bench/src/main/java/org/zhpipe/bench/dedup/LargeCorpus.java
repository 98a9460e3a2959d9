package org.zhpipe.bench.dedup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Writes a large JSONL corpus with planted near duplicates for the scale run of {@code zhpipe dedup}: one record
 * {@code {"id": "d<n>", "text": ...}} per line until the file holds a target size. A record is, with probability
 * 0.75, a new document: 2 or 3 paragraphs of 2 to 4 sentences drawn at random from the {@link Sentences} lines cut
 * after {@code 。！？}; else a variant ({@link PlantedCorpus#randomEdits}, {@link DocumentEditor}) of one of the last
 * 4,096 new documents. The same arguments write the same bytes.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.zhpipe.bench.dedup.LargeCorpus ../shared/eval/sighan2005 \
 *     /tmp/dedup-1g.jsonl 1000 [seed]
 * </pre>
 */
public final class LargeCorpus {
    private static final int RECENT = 4096;

    private LargeCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: LargeCorpus <sighan2005 dir> <out.jsonl> <megabytes> [seed]");
            System.exit(2);
        }
        Sentences sentences = Sentences.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        long target = Long.parseLong(args[2]) * 1_000_000L;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Pipeline traditional = Spec.parseInline("convert:s2t").build();
        DocumentEditor editor = new DocumentEditor(sentences, s -> traditional.process(s).text().current());
        List<String> pieces = pieces(sentences);
        SplittableRandom rng = new SplittableRandom(seed);
        List<List<String>> recent = new ArrayList<>();
        long records = 0;
        long variants = 0;
        try (Counting file = new Counting(new BufferedOutputStream(Files.newOutputStream(out), 1 << 20));
             JsonGenerator json = new JsonFactory().createGenerator(file, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new SerializedString("\n"));
            while (file.count + json.getOutputBuffered() < target) {
                String text;
                if (!recent.isEmpty() && rng.nextDouble() < 0.25) {
                    List<String> source = recent.get(rng.nextInt(recent.size()));
                    text = editor.edit(source, PlantedCorpus.randomEdits(rng), rng);
                    variants++;
                } else {
                    List<String> paragraphs = newDocument(pieces, rng);
                    if (recent.size() == RECENT) {
                        recent.set(rng.nextInt(RECENT), paragraphs);
                    } else {
                        recent.add(paragraphs);
                    }
                    text = String.join("\n", paragraphs);
                }
                json.writeStartObject();
                json.writeStringField("id", "d" + records);
                json.writeStringField("text", text);
                json.writeEndObject();
                records++;
            }
            json.writeRaw('\n');
        }
        System.out.printf(Locale.ROOT, "%s: %d records (%d planted variants), %d bytes%n", out, records, variants,
                Files.size(out));
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static List<String> newDocument(List<String> pieces, SplittableRandom rng) {
        int count = 2 + rng.nextInt(2);
        List<String> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            int sentences = 2 + rng.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                sb.append(pieces.get(rng.nextInt(pieces.size())));
            }
            paragraphs.add(sb.toString());
        }
        return paragraphs;
    }

    /** Every line cut after 。！？ into its sentences. */
    static List<String> pieces(Sentences sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String line = sentences.line(i);
            int from = 0;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '。' || c == '！' || c == '？') {
                    out.add(line.substring(from, j + 1));
                    from = j + 1;
                }
            }
            if (from < line.length()) {
                out.add(line.substring(from));
            }
        }
        return out;
    }
}
