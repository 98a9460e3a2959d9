package org.zhpipe.pii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.text.Placeholders;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * The {@code pii} stage: masks personal data with typed placeholders, keeping the alignment — each placeholder maps
 * to the whole original span it replaced, so the token a segmenter makes of it ({@code <PHONE>}, one token of type
 * {@code PLACEHOLDER}) has that span as its {@code [start, end)}.
 *
 * <pre>{@code
 * 联系：138-1234-5678，邮箱 zhang.san@example.com，身份证 11010519491231002X
 * 联系：<PHONE>，邮箱 <EMAIL>，身份证 <ID_CARD>
 * }</pre>
 *
 * <p>What is masked is listed on {@link PiiType}'s constants; the rules are in the recognizers' comments
 * ({@code NumberRecognizer}, {@code NetAddresses}, {@code Labels}, {@code RegionalIds}). What is never masked: digits
 * inside a longer run of digits or glued to letters (a phone number inside a 20-digit number, {@code ID13812345678}),
 * numbers joined to others by dashes ({@code 2023-13812345678}) or dots ({@code 3.13812345678}), dates
 * ({@code 2023-12-04}, {@code 20231204}, {@code 2023年12月4日}), prices and counts ({@code ¥1,299.00}, {@code 1999元},
 * {@code 1,000}), years, numbers that fail their checks (an 18-digit number with a wrong GB 11643 check character or
 * an impossible birth date, a 16-digit number failing the Luhn check, a Hong Kong or Taiwan ID with a wrong check
 * digit), service numbers ({@code 400-800-1234}, {@code 95588}), QQ and WeChat IDs without a label, a dotted quad
 * after a version word ({@code v1.2.3.4}, {@code 版本 10.0.0.1}) or with more parts ({@code 1.2.3.4.5}), and URLs
 * without secrets. Digits are ASCII: put {@code halfwidth} before {@code pii} for full-width digits
 * ({@code １３８…}).
 *
 * <p>A URL with a secret is masked as a whole (not only its secret value): a URL keeps no meaning worth keeping once
 * its credentials are gone, and one placeholder stays one token.
 *
 * <p>One pass over the text ({@link PiiScanner}); the text is returned as it is when nothing is found. Immutable and
 * thread-safe.
 */
public final class PiiStage implements TextStage {

    /**
     * Parameters of {@code pii}. Inline: {@code pii}, {@code pii:phone|email},
     * {@code pii:types=phone|id_card;placeholders=phone=<TEL>}.
     */
    public record Params(
            @Doc("the kinds of personal data to mask (by default all of them)")
            List<String> types,
            @Doc("placeholders other than the defaults (<PHONE>, <ID_CARD>: the type in upper case), as "
                    + "type=<PLACEHOLDER>, e.g. [\"phone=<TEL>\", \"landline=<TEL>\"]; a placeholder is < upper-case "
                    + "letters, digits, _ >, which segmenters keep as one token")
            List<String> placeholders) {
        public static final Params DEFAULTS = new Params(PiiType.specNames(), List.of());

        public Params {
            types = List.copyOf(types);
            placeholders = List.copyOf(placeholders);
            if (types.isEmpty()) {
                throw new InvalidParameterException("types", "no types, so nothing would be masked; name some of: "
                        + String.join(", ", PiiType.specNames()) + " (or leave types out for all)");
            }
            Set<PiiType> seen = EnumSet.noneOf(PiiType.class);
            for (String name : types) {
                if (!seen.add(type(name, "types"))) {
                    throw new InvalidParameterException("types", "\"" + name + "\" is given twice; keep one");
                }
            }
            placeholderMap(placeholders);
        }

        /** The types to mask. */
        public Set<PiiType> typeSet() {
            Set<PiiType> set = EnumSet.noneOf(PiiType.class);
            for (String name : types) {
                set.add(type(name, "types"));
            }
            return set;
        }

        /** The placeholders given, by type. */
        public Map<PiiType, String> placeholderMap() {
            return placeholderMap(placeholders);
        }

        private static Map<PiiType, String> placeholderMap(List<String> entries) {
            Map<PiiType, String> map = new EnumMap<>(PiiType.class);
            for (String entry : entries) {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    throw new InvalidParameterException("placeholders", "expected type=<PLACEHOLDER> such as "
                            + "\"phone=<TEL>\", got \"" + entry + "\"");
                }
                PiiType type = type(entry.substring(0, eq).strip(), "placeholders");
                String placeholder = entry.substring(eq + 1).strip();
                if (!Placeholders.isPlaceholder(placeholder)) {
                    throw new InvalidParameterException("placeholders", "expected a placeholder such as <TEL> (<, "
                            + "an upper-case letter, upper-case letters, digits or _, >; at most "
                            + Placeholders.MAX_LENGTH + " chars) for " + type.specName() + ", got \"" + placeholder
                            + "\"");
                }
                if (map.put(type, placeholder) != null) {
                    throw new InvalidParameterException("placeholders", "two placeholders for " + type.specName()
                            + "; keep one");
                }
            }
            return map;
        }

        private static PiiType type(String name, String parameter) {
            return PiiType.bySpecName(name).orElseThrow(() -> new InvalidParameterException(parameter,
                    "unknown type \"" + name + "\"" + Suggestions.didYouMean(name, PiiType.specNames())
                            + " Types: " + String.join(", ", PiiType.specNames())));
        }
    }

    /** The stage type {@code pii}. */
    public static final StageType<Params> TYPE = StageType.of("pii", StageKind.TEXT,
            "Masks personal data (phone and ID numbers, bank cards, e-mail and IP addresses, URLs with secrets, "
                    + "labelled QQ and WeChat IDs) with placeholders such as <PHONE>.",
            Params.DEFAULTS, "types",
            p -> new PiiStage(p.typeSet(), p.placeholderMap()));

    private final PiiScanner scanner;
    private final EnumSet<PiiType> types;
    private final String[] placeholders = new String[PiiType.values().length];

    /**
     * @param types        the kinds of personal data to mask
     * @param placeholders placeholders other than the defaults ({@link PiiType#defaultPlaceholder()}), each a
     *                     {@link Placeholders placeholder} such as {@code <TEL>}
     * @throws IllegalArgumentException if a placeholder is not one
     */
    public PiiStage(Collection<PiiType> types, Map<PiiType, String> placeholders) {
        this.types = types.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(types);
        this.scanner = new PiiScanner(this.types);
        for (PiiType type : PiiType.values()) {
            String placeholder = placeholders.getOrDefault(type, type.defaultPlaceholder());
            if (!Placeholders.isPlaceholder(Objects.requireNonNull(placeholder, "placeholder"))) {
                throw new IllegalArgumentException("not a placeholder (<UPPER_CASE>): \"" + placeholder + "\"");
            }
            this.placeholders[type.ordinal()] = placeholder;
        }
    }

    /** Masks every type with its default placeholder. */
    public PiiStage() {
        this(EnumSet.allOf(PiiType.class), Map.of());
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        Masker masker = new Masker(text);
        scanner.scan(s, masker);
        return masker.build();
    }

    /** The kinds of personal data this stage masks. */
    public Set<PiiType> types() {
        return EnumSet.copyOf(types);
    }

    /** The placeholder of {@code type}. */
    public String placeholder(PiiType type) {
        return placeholders[type.ordinal()];
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.specName()));
        return "PiiStage" + names;
    }

    /** Copies the text between matches and replaces each match with its placeholder; one per call. */
    private final class Masker implements PiiScanner.Sink {
        private final Text text;
        private TextBuilder out;
        private int copied;

        Masker(Text text) {
            this.text = text;
        }

        @Override
        public void match(PiiType type, int start, int end) {
            if (out == null) {
                out = new TextBuilder(text);
            }
            out.copy(copied, start).replace(start, end, placeholders[type.ordinal()]);
            copied = end;
        }

        Text build() {
            if (out == null) {
                return text;
            }
            out.copy(copied, text.length());
            return out.build();
        }
    }
}
