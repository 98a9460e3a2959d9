package org.zhpipe.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Result;
import org.zhpipe.stage.Signals;
import org.zhpipe.text.Tokens;

/**
 * Renders pipeline results as compact one-line JSON, non-ASCII characters as themselves (not {@code \}u escapes):
 * <pre>{@code
 * {"text":"今天天气好","tokens":[{"text":"今天","start":0,"end":2},{"text":"天气","start":2,"end":4},...]}
 * }</pre>
 * {@code "text"} is the final text ({@code result.text().current()}); {@code "tokens"} is there only when the
 * pipeline segments; each token's {@code start} and {@code end} are offsets into the <em>original</em> input (UTF-16
 * unless another {@link OffsetUnit} is asked for), and it has a {@code "tag"} (possibly {@code null}) only when the
 * tokens carry tags. A token whose term a stage rewrote and recorded the form it had (see
 * {@link Tokens#original(int)}) has an {@code "original"} right after its {@code "text"}:
 * {@code {"text":"walk","original":"walking","start":13,"end":20}}. Thread-safe.
 */
public final class ResultJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ResultJson() {
    }

    /** One result as a JSON object on one line, without a line ending; UTF-16 offsets. */
    public static String toJsonLine(Result result) {
        return toJsonLine(result, OffsetUnit.UTF16);
    }

    /** One result as a JSON object on one line, without a line ending, with offsets in {@code unit}. */
    public static String toJsonLine(Result result, OffsetUnit unit) {
        return toJsonLine(result, unit, false);
    }

    /**
     * One result as a JSON object on one line, without a line ending, with offsets in {@code unit} and, when
     * {@code signals}, a {@code "signals"} object after the text and tokens.
     */
    public static String toJsonLine(Result result, OffsetUnit unit, boolean signals) {
        return toJsonLine(result, unit, true, signals);
    }

    /**
     * One result as a JSON object on one line, without a line ending: the text, the tokens when {@code tokens} and
     * the pipeline segments, the signals when {@code signals}.
     */
    public static String toJsonLine(Result result, OffsetUnit unit, boolean tokens, boolean signals) {
        StringWriter out = new StringWriter(result.text().length() * 2 + 32);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("text", result.text().current());
            if (tokens && result.segmented()) {
                g.writeFieldName("tokens");
                writeTokens(g, result.tokens(), unit.converter(result.text().original()));
            }
            if (signals) {
                g.writeFieldName("signals");
                writeSignals(g, result.signals());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return JsonEscapes.escapeLoneSurrogates(out.toString());
    }

    /** The tokens as a JSON array: {@code [{"text": ..., "start": ..., "end": ...(, "tag": ...)}, ...]}. */
    public static String tokensJson(Tokens tokens) {
        return tokensJson(tokens, "", OffsetUnit.UTF16);
    }

    /** The tokens as a JSON array, with offsets into {@code original} in {@code unit}. */
    public static String tokensJson(Tokens tokens, String original, OffsetUnit unit) {
        StringWriter out = new StringWriter(tokens.size() * 32 + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeTokens(g, tokens, unit.converter(original));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonEscapes.escapeLoneSurrogates(out.toString());
    }

    /**
     * The signals as a JSON object, {@code {"chars":1200,"han_share":0.82}}: whole numbers without a fraction,
     * others as Java's shortest decimal that reads back as the same double; a value that is not finite as
     * {@code null} (JSON has no NaN).
     */
    public static String signalsJson(Signals signals) {
        StringWriter out = new StringWriter(signals.size() * 24 + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeSignals(g, signals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The drops as a JSON array: {@code [{"stage":"quality","rule":"min_han_share","detail":"..."}]}. */
    public static String dropsJson(List<Drop> drops) {
        StringWriter out = new StringWriter(drops.size() * 80 + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Drop drop : drops) {
                g.writeStartObject();
                g.writeStringField("stage", drop.stage());
                g.writeStringField("rule", drop.rule());
                g.writeStringField("detail", drop.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonEscapes.escapeLoneSurrogates(out.toString());
    }

    private static void writeSignals(JsonGenerator g, Signals signals) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < signals.size(); i++) {
            g.writeFieldName(signals.name(i));
            double v = signals.value(i);
            if (!Double.isFinite(v)) {
                g.writeNull();
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        }
        g.writeEndObject();
    }

    /** A JSON string literal, quotes included, lone surrogates escaped; on one line. */
    public static String quote(String s) {
        StringWriter out = new StringWriter(s.length() + 8);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonEscapes.escapeLoneSurrogates(out.toString());
    }

    private static void writeTokens(JsonGenerator g, Tokens tokens, OffsetUnit.Converter offsets)
            throws IOException {
        boolean tags = tokens.hasTags();
        boolean originals = tokens.hasOriginals();
        g.writeStartArray();
        for (int i = 0; i < tokens.size(); i++) {
            g.writeStartObject();
            g.writeStringField("text", tokens.term(i));
            if (originals && tokens.original(i) != null) {
                g.writeStringField("original", tokens.original(i));
            }
            g.writeNumberField("start", offsets.convert(tokens.start(i)));
            g.writeNumberField("end", offsets.convert(tokens.end(i)));
            if (tags) {
                g.writeStringField("tag", tokens.tag(i));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
