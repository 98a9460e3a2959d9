package org.zhpipe.bench.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Makes a near duplicate of a document (paragraphs joined by {@code \n}) by seeded random edits, in this order:
 * <ol>
 *   <li><b>Local edits</b> at a rate per code point ({@link Edits#rate}; the count per paragraph is
 *       {@code rate × length}, rounded at random), each at a random place and one of six kinds with equal chance:
 *       insert, delete or substitute one character; insert a word, delete two to four characters, or replace two
 *       characters by a word. Inserted characters and words come from random lines of {@link Sentences}.</li>
 *   <li><b>Reordered paragraphs</b>: the paragraphs shuffled.</li>
 *   <li><b>Width</b>: every ASCII character made full-width and every full-width form (U+FF01–FF5E) half-width;
 *       a space becomes U+3000.</li>
 *   <li><b>Script</b>: the text converted to traditional characters by the given converter (zhpipe's OpenCC s2t).</li>
 * </ol>
 * A rate near 0.13 leaves a Jaccard similarity of 5-shingles near 0.3. Immutable; the randomness is the caller's.
 */
final class DocumentEditor {
    private final Sentences source;
    private final UnaryOperator<String> toTraditional;

    /**
     * What to do to a document.
     *
     * @param rate        local edits per code point, at least 0
     * @param reorder     shuffle the paragraphs
     * @param width       swap full and half width
     * @param traditional convert to traditional characters
     */
    record Edits(double rate, boolean reorder, boolean width, boolean traditional) {
        Edits {
            if (!(rate >= 0)) {
                throw new IllegalArgumentException("rate " + rate);
            }
        }

        /** A short label, e.g. {@code rate=0.042+reorder+t}. */
        String label() {
            return String.format(java.util.Locale.ROOT, "rate=%.3f", rate) + (reorder ? "+reorder" : "")
                    + (width ? "+width" : "") + (traditional ? "+trad" : "");
        }
    }

    DocumentEditor(Sentences source, UnaryOperator<String> toTraditional) {
        this.source = source;
        this.toTraditional = toTraditional;
    }

    /** The edited copy of {@code paragraphs}, joined by {@code \n}. */
    String edit(List<String> paragraphs, Edits edits, RandomGenerator rng) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            out.add(localEdits(paragraph, edits.rate(), rng));
        }
        if (edits.reorder()) {
            Collections.shuffle(out, new java.util.Random(rng.nextLong()));
        }
        String text = String.join("\n", out);
        if (edits.width()) {
            text = swapWidth(text);
        }
        return edits.traditional() ? toTraditional.apply(text) : text;
    }

    private String localEdits(String paragraph, double rate, RandomGenerator rng) {
        List<Integer> cps = new ArrayList<>(paragraph.codePoints().boxed().toList());
        double expected = rate * cps.size();
        int count = (int) expected + (rng.nextDouble() < expected - (int) expected ? 1 : 0);
        for (int e = 0; e < count; e++) {
            int at = rng.nextInt(cps.size() + 1);
            int kind = rng.nextInt(6);
            int end = at < cps.size() ? at : Math.max(0, cps.size() - 1);
            switch (kind) {
                case 0 -> cps.add(at, source.randomCodePoint(rng));
                case 1 -> remove(cps, end, 1);
                case 2 -> {
                    remove(cps, end, 1);
                    cps.add(Math.min(end, cps.size()), source.randomCodePoint(rng));
                }
                case 3 -> insertWord(cps, at, rng);
                case 4 -> remove(cps, end, 2 + rng.nextInt(3));
                default -> {
                    remove(cps, end, 2);
                    insertWord(cps, Math.min(end, cps.size()), rng);
                }
            }
        }
        StringBuilder sb = new StringBuilder(cps.size() + 8);
        for (int cp : cps) {
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private void insertWord(List<Integer> cps, int at, RandomGenerator rng) {
        cps.addAll(at, source.randomWord(rng).codePoints().boxed().toList());
    }

    private static void remove(List<Integer> cps, int from, int count) {
        int to = Math.min(cps.size(), from + count);
        if (from < to) {
            cps.subList(from, to).clear();
        }
    }

    /** ASCII to full width and full width to ASCII; a space to U+3000 and U+3000 to a space. */
    static String swapWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(
                cp >= 0x21 && cp <= 0x7E ? cp + 0xFEE0
                        : cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0
                        : cp == ' ' ? 0x3000 : cp == 0x3000 ? ' ' : cp));
        return sb.toString();
    }
}
