package org.zhpipe.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages of OpenNLP's language detector model ({@code langdetect-183.bin}: 103 outcomes, ISO 639-3 codes) and
 * the names a spec may use for them. A language's <em>label</em> is its ISO 639-1 code where it has one ({@code zh},
 * {@code en}, {@code ja}), else its ISO 639-3 code ({@code ceb}, {@code nan}). Outcomes that are members of one
 * macrolanguage share a label: {@code pes} and {@code fas} are both {@code fa}, {@code ekk} and {@code est} are
 * {@code et}, {@code lvs} and {@code lav} {@code lv}, {@code pnb} and {@code pan} {@code pa}; Mandarin {@code cmn} is
 * {@code zh}. A spec may name a language by its label, by any of its outcomes' codes, or by the ISO 639-2/T code of
 * the label ({@code zho}, {@code mlg}). Immutable; no I/O (the model's outcomes are pinned by a test).
 */
final class LanguageCodes {
    /** The model's outcomes and their ISO 639-1 codes ({@code -} for none), in the model's own order. */
    private static final String[] OUTCOMES = {
            "tur tr", "bel be", "san sa", "ara ar", "mon mn", "tel te", "sin si", "pes fa", "min -", "cmn zh",
            "aze az", "fao fo", "ita it", "ceb -", "mkd mk", "eng en", "nno nn", "lvs lv", "kor ko", "som so",
            "swa sw", "hun hu", "fra fr", "nld nl", "mlt mt", "bak ba", "ekk et", "ron ro", "gle ga", "hin hi",
            "est et", "tha th", "slk sk", "ltz lb", "kan kn", "eus eu", "epo eo", "bos bs", "pol pl", "nep ne",
            "lit lt", "war -", "srp sr", "ces cs", "che ce", "lav lv", "nds -", "dan da", "mar mr", "nan -",
            "glg gl", "gsw -", "fry fy", "uzb uz", "mal ml", "vol vo", "fas fa", "msa ms", "cym cy", "nob nb",
            "ben bn", "kaz kk", "heb he", "bre br", "jav jv", "sqi sq", "kir ky", "cat ca", "oci oc", "vie vi",
            "kat ka", "tam ta", "tgk tg", "mri mi", "slv sl", "lat la", "tgl tl", "pan pa", "swe sv", "lim li",
            "tat tt", "ell el", "afr af", "pus ps", "isl is", "sun su", "urd ur", "hye hy", "hrv hr", "ast -",
            "rus ru", "spa es", "ind id", "pnb pa", "bul bg", "plt mg", "deu de", "zul zu", "ukr uk", "jpn ja",
            "por pt", "guj gu", "fin fi"};

    /** ISO 639-2/T codes of labels whose outcomes all have other codes. */
    private static final Map<String, String> MACRO = Map.of("zho", "zh", "mlg", "mg");

    /** Outcome code → label. */
    private static final Map<String, String> LABEL_OF;
    /** Every name a spec may use → label. */
    private static final Map<String, String> NAMES;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String entry : OUTCOMES) {
            String code = entry.substring(0, 3);
            String iso1 = entry.substring(4);
            labels.put(code, iso1.equals("-") ? code : iso1);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (var e : labels.entrySet()) {
            names.put(e.getValue(), e.getValue());
            names.put(e.getKey(), e.getValue());
        }
        names.putAll(MACRO);
        LABEL_OF = Collections.unmodifiableMap(labels);
        NAMES = Collections.unmodifiableMap(names);
    }

    private LanguageCodes() {
    }

    /** The model's outcome codes, in the model's order. */
    static List<String> outcomes() {
        return List.copyOf(LABEL_OF.keySet());
    }

    /** The label of the outcome {@code code} ({@code cmn} → {@code zh}). */
    static String labelOfOutcome(String code) {
        String label = LABEL_OF.get(code);
        if (label == null) {
            throw new IllegalArgumentException("not an outcome of the language model: " + code);
        }
        return label;
    }

    /** The label a spec's name stands for ({@code zh}, {@code cmn}, {@code zho}, {@code ZH} → {@code zh}). */
    static Optional<String> label(String name) {
        return Optional.ofNullable(NAMES.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every label, in the model's order, without repeats. */
    static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (String label : LABEL_OF.values()) {
            if (!out.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }

    /** Every name a spec may use, for suggestions. */
    static List<String> names() {
        return List.copyOf(NAMES.keySet());
    }
}
