package org.zhpipe.bench.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A corpus with planted near duplicates of known provenance, the same for the same sentences and seed.
 *
 * <ul>
 *   <li><b>Base documents</b> from disjoint runs of consecutive {@link Sentences} lines: 3 to 5 paragraphs of 1 or 2
 *       lines each, until the lines run out.</li>
 *   <li><b>Variants</b>: each base gets 0 to 3 (equally likely), each made by {@link DocumentEditor} from the base
 *       or, with probability 0.3, from the base's previous variant (a chain of edits). A variant's edit rate is
 *       0 with probability 0.15 (a pure format or order variant), else uniform in [0, {@link #MAX_RATE}); it reorders
 *       its paragraphs with probability 0.25, swaps width with 0.3, converts to traditional with 0.3.</li>
 *   <li>All documents shuffled.</li>
 * </ul>
 * Which documents are near duplicates is <i>not</i> taken from the provenance: {@link TrueJaccard} measures every pair.
 *
 * @param documents the texts, with their base and edits
 */
record PlantedCorpus(List<Document> documents) {
    /** The largest edit rate: near it, a variant's 5-shingle Jaccard similarity with its source is about 0.3. */
    static final double MAX_RATE = 0.13;

    /**
     * @param text  the document (paragraphs joined by {@code \n})
     * @param base  the number of its base document
     * @param edits how it was made from its source ({@code base} for a base document)
     */
    record Document(String text, int base, String edits) {
    }

    PlantedCorpus {
        documents = List.copyOf(documents);
    }

    static PlantedCorpus generate(Sentences sentences, DocumentEditor editor, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Document> docs = new ArrayList<>();
        int line = 0;
        int base = 0;
        while (true) {
            List<String> paragraphs = new ArrayList<>();
            int wanted = 3 + rng.nextInt(3);
            while (paragraphs.size() < wanted && line < sentences.size()) {
                int lines = 1 + rng.nextInt(2);
                StringBuilder p = new StringBuilder();
                for (int i = 0; i < lines && line < sentences.size(); i++) {
                    p.append(sentences.line(line++));
                }
                paragraphs.add(p.toString());
            }
            if (paragraphs.size() < wanted) {
                break;
            }
            docs.add(new Document(String.join("\n", paragraphs), base, "base"));
            List<String> source = paragraphs;
            int variants = rng.nextInt(4);
            for (int v = 0; v < variants; v++) {
                DocumentEditor.Edits edits = randomEdits(rng);
                String text = editor.edit(source, edits, rng);
                docs.add(new Document(text, base, edits.label()));
                if (rng.nextDouble() < 0.3) {
                    source = List.of(text.split("\n", -1));
                }
            }
            base++;
        }
        Collections.shuffle(docs, new Random(rng.nextLong()));
        return new PlantedCorpus(docs);
    }

    static DocumentEditor.Edits randomEdits(SplittableRandom rng) {
        double rate = rng.nextDouble() < 0.15 ? 0 : rng.nextDouble() * MAX_RATE;
        return new DocumentEditor.Edits(rate, rng.nextDouble() < 0.25, rng.nextDouble() < 0.3,
                rng.nextDouble() < 0.3);
    }

    List<String> texts() {
        return documents.stream().map(Document::text).toList();
    }
}
