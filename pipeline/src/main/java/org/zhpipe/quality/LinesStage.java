package org.zhpipe.quality;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.text.Scripts;
import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

/**
 * The stage type {@code lines}: cleans a document line by line (lines end at LF), keeping the alignment of what
 * stays. A line is dropped, with its line break, when its stripped length is outside {@code [minLength, maxLength]},
 * its Han share (of its non-white-space characters) is below {@code minHanShare}, it matches one of
 * {@code patterns} (RE2 syntax, found anywhere in the line) or, with {@code boilerplate}, one of the bundled
 * boilerplate patterns ({@link #BOILERPLATE}), or, with {@code dropRepeated}, it repeats an earlier line of the
 * document (compared stripped). Blank lines are kept unless {@code dropBlank}. With {@code cutUnfinished}, a text
 * that does not end in 。！？.?! (closing quotes and brackets after them allowed) is cut after the last such mark,
 * and is empty when it has none: BAAI FlagData's {@code end_at_last_punctuation_pruner} (a rule attributed to corpus
 * pipelines such as MNBVC's, where no code for it is published). Immutable and thread-safe.
 */
public final class LinesStage implements TextStage {
    /**
     * Boilerplate of Chinese web pages, written for zhpipe: a line containing one of these phrases (ASCII letters
     * compared without case) is boilerplate — navigation (返回首页, 点击查看/进入/阅读), copyright and legal lines
     * (版权所有, all rights reserved, 免责声明, ICP备), sharing and follow prompts (分享到, 扫一扫, 关注我们), editor and
     * source credits (责任编辑, 本文来源, 转载请注明).
     */
    public static final List<String> BOILERPLATE = List.of("返回首页", "返回顶部", "返回列表", "点击查看", "点击进入",
            "点击阅读", "点击这里", "点击下载", "版权所有", "all rights reserved", "免责声明", "ICP备", "分享到", "扫一扫",
            "关注我们", "责任编辑：", "责任编辑:", "本文来源：", "本文来源:", "转载请注明", "copyright ©", "copyright (c)");
    /** A line starting (after white space) with one of these is boilerplate too: previous/next links. */
    public static final List<String> BOILERPLATE_STARTS = List.of("上一篇", "下一篇", "上一页", "下一页");
    private static final String CLOSERS = "\"'”’」』）)】》〉»";
    private static final String TERMINALS = "。！？.?!";

    /** Parameters of {@code lines}. Inline: {@code lines:boilerplate=true;dropRepeated=true;minLength=5}. */
    public record Params(
            @Doc("drop a line whose stripped length (code points) is below this; blank lines are dropBlank's")
            int minLength,
            @Doc("drop a line whose stripped length is above this; 0 for no limit")
            int maxLength,
            @Doc("drop a line whose share of Han characters, of its non-white-space ones, is below this")
            double minHanShare,
            @Doc("drop a line in which one of these regular expressions (RE2 syntax) matches")
            List<String> patterns,
            @Doc("also drop lines with zhpipe's bundled Chinese web boilerplate phrases (点击查看, 版权所有, "
                    + "上一篇/下一篇 at the start, ...; plain phrase search, no regular expressions)")
            boolean boilerplate,
            @Doc("drop a line that repeats an earlier line of the document (compared stripped)")
            boolean dropRepeated,
            @Doc("drop blank lines")
            boolean dropBlank,
            @Doc("cut the text after its last 。！？.?! when it does not end with one (FlagData's rule)")
            boolean cutUnfinished) {
        public static final Params DEFAULTS = new Params(0, 0, 0, List.of(), false, false, false, false);

        public Params {
            if (minLength < 0 || maxLength < 0) {
                throw new InvalidParameterException(minLength < 0 ? "minLength" : "maxLength", "must be 0 or more");
            }
            if (maxLength > 0 && maxLength < minLength) {
                throw new InvalidParameterException("maxLength", maxLength + " is below minLength " + minLength
                        + ", so every line would be dropped");
            }
            if (!(minHanShare >= 0 && minHanShare <= 1)) {
                throw new InvalidParameterException("minHanShare", "must be between 0 and 1, not " + minHanShare);
            }
            for (String p : patterns) {
                try {
                    Pattern.compile(p);
                } catch (PatternSyntaxException e) {
                    throw new InvalidParameterException("patterns", "invalid regular expression \"" + p + "\": "
                            + e.getDescription() + " (RE2 syntax: no backreferences or lookaround)");
                }
            }
            patterns = List.copyOf(patterns);
        }
    }

    /** The stage type {@code lines}. */
    public static final StageType<Params> TYPE = StageType.of("lines", StageKind.TEXT,
            "Drops lines of a document: too short or long, too little Han, boilerplate or your patterns, repeated; "
                    + "optionally cuts an unfinished last sentence. What stays keeps its offsets.",
            Params.DEFAULTS, null, LinesStage::new);

    private final Params params;
    /** The user's patterns as one alternation: one RE2 scan per line, however many patterns. */
    private final @Nullable Pattern patterns;

    public LinesStage(Params params) {
        this.params = params;
        List<String> all = params.patterns();
        this.patterns = all.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", all) + ")");
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        TextBuilder out = new TextBuilder(text);
        @Nullable Set<String> seen = params.dropRepeated() ? new HashSet<>() : null;
        int start = 0;
        while (start <= s.length()) {
            int newline = s.indexOf('\n', start);
            int end = newline < 0 ? s.length() : newline;
            int next = newline < 0 ? s.length() : newline + 1;
            if (start == s.length() && newline < 0) {
                break;
            }
            if (drop(s, start, end, seen)) {
                out.delete(start, next);
            } else {
                out.copy(start, next);
            }
            start = next;
        }
        Text kept = out.build();
        return params.cutUnfinished() ? cutUnfinished(kept) : kept;
    }

    private boolean drop(String s, int start, int end, @Nullable Set<String> seen) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        if (from == to) {
            return params.dropBlank();
        }
        int length = s.codePointCount(from, to);
        if (length < params.minLength() || params.maxLength() > 0 && length > params.maxLength()) {
            return true;
        }
        if (params.minHanShare() > 0) {
            long han = 0;
            long visible = 0;
            for (int i = from; i < to; ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isWhitespace(cp)) {
                    visible++;
                    han += Scripts.isHan(cp) ? 1 : 0;
                }
            }
            if (han < params.minHanShare() * visible) {
                return true;
            }
        }
        if (params.boilerplate() && isBoilerplate(s, from, to)) {
            return true;
        }
        if (patterns != null && patterns.matcher(s.substring(start, end)).find()) {
            return true;
        }
        return seen != null && !seen.add(s.substring(from, to));
    }

    /** Whether the stripped line {@code s[from, to)} holds a bundled boilerplate phrase. */
    private static boolean isBoilerplate(String s, int from, int to) {
        for (String start : BOILERPLATE_STARTS) {
            if (s.startsWith(start, from)) {
                return true;
            }
        }
        for (String phrase : BOILERPLATE) {
            if (contains(s, from, to, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} contains {@code phrase}, ASCII letters compared without case. */
    private static boolean contains(String s, int from, int to, String phrase) {
        int n = phrase.length();
        char first = phrase.charAt(0);
        char lower = Character.toLowerCase(first);
        for (int i = from; i + n <= to; i++) {
            char c = s.charAt(i);
            if ((c == first || c == lower || c < 0x80 && Character.toLowerCase(c) == lower)
                    && s.regionMatches(true, i, phrase, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** The text up to its last sentence end when it does not end with one (closers after it kept). */
    private static Text cutUnfinished(Text text) {
        String s = text.current();
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int last = end;
        while (last > 0 && CLOSERS.indexOf(s.charAt(last - 1)) >= 0) {
            last--;
        }
        if (last > 0 && TERMINALS.indexOf(s.charAt(last - 1)) >= 0) {
            return text;
        }
        int cut = -1;
        for (int i = end - 1; i >= 0; i--) {
            if (TERMINALS.indexOf(s.charAt(i)) >= 0) {
                cut = i + 1;
                while (cut < end && CLOSERS.indexOf(s.charAt(cut)) >= 0) {
                    cut++;
                }
                break;
            }
        }
        TextBuilder out = new TextBuilder(text);
        if (cut > 0) {
            out.copy(0, cut);
        }
        out.delete(Math.max(cut, 0), s.length());
        return out.build();
    }
}
