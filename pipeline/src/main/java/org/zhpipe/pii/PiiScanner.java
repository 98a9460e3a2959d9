package org.zhpipe.pii;

import static org.zhpipe.pii.Boundaries.alnumRunEnd;
import static org.zhpipe.pii.Boundaries.is;
import static org.zhpipe.pii.Boundaries.isDigit;
import static org.zhpipe.pii.Boundaries.isDigitAt;
import static org.zhpipe.pii.Boundaries.isHex;
import static org.zhpipe.pii.Boundaries.isLetter;
import static org.zhpipe.pii.Boundaries.isUpper;
import static org.zhpipe.pii.Boundaries.isWordChar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds personal data in one pass over a text, in order, without overlaps. Most chars of Chinese text are not ASCII
 * and cost one comparison; the work starts only at a cheap trigger — an ASCII digit or letter that starts a number
 * or word, the {@code ::} of a compressed IPv6 address, or 微 of a WeChat label — where hand-written recognizers
 * check the candidate ({@link NumberRecognizer}, {@link NetAddresses}, {@link Labels}, {@link RegionalIds}). No
 * regular expressions. Where nothing is found, the scan moves past the whole number or word, so each char is looked
 * at a bounded number of times.
 *
 * <p>At a number: an e-mail address (a local part of digits), an IPv4 address, an IPv6 address, then the numbers.
 * At a word: an e-mail address, a URL with a secret, a QQ label, a Taiwan or Hong Kong ID number, an IPv6 address,
 * a WeChat label. Matches are reported by the first recognizer that finds one. Immutable and thread-safe.
 */
final class PiiScanner {
    /** Receives the matches of a scan, in order: a type and the span {@code [start, end)} of the scanned text. */
    interface Sink {
        void match(PiiType type, int start, int end);
    }

    /** One match: what the eval and the tests compare. */
    record Match(PiiType type, int start, int end) {
    }

    private final boolean email;
    private final boolean ipv4;
    private final boolean ipv6;
    private final boolean secretUrl;
    private final boolean qq;
    private final boolean wechat;
    private final boolean hkId;
    private final boolean twId;
    private final NumberRecognizer numbers;

    PiiScanner(Set<PiiType> types) {
        email = types.contains(PiiType.EMAIL);
        ipv4 = types.contains(PiiType.IPV4);
        ipv6 = types.contains(PiiType.IPV6);
        secretUrl = types.contains(PiiType.SECRET_URL);
        qq = types.contains(PiiType.QQ);
        wechat = types.contains(PiiType.WECHAT);
        hkId = types.contains(PiiType.HK_ID);
        twId = types.contains(PiiType.TW_ID);
        numbers = new NumberRecognizer(types.contains(PiiType.PHONE), types.contains(PiiType.LANDLINE),
                types.contains(PiiType.ID_CARD), types.contains(PiiType.BANK_CARD));
    }

    /** A scanner for every type. */
    PiiScanner() {
        this(EnumSet.allOf(PiiType.class));
    }

    /** The matches in {@code s}, in order. */
    List<Match> find(String s) {
        List<Match> matches = new ArrayList<>();
        scan(s, (type, start, end) -> matches.add(new Match(type, start, end)));
        return matches;
    }

    /** Reports the matches in {@code s} to {@code sink}, in order, without overlaps. */
    void scan(String s, Sink sink) {
        int n = s.length();
        DigitGroups groups = null;
        int localStart = -1;    // the start of the e-mail local-part run that holds the current position
        int localEnd = -1;      // and its end
        int domainAt = -1;      // the @ whose domain was checked last
        int domainEnd = -1;     // and the end of that domain, or -1 if it is none
        int plainUrlEnd = 0;    // the end of the last URL without secrets
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c == '微' && wechat && Labels.mayStartWechat(s, i)) {
                    groups = groups == null ? new DigitGroups() : groups;
                    int end = Labels.wechat(s, i, numbers, groups, sink);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                }
                // the common case: a run of Han and other non-ASCII text, where only 微 may start something
                i++;
                while (i < n && (c = s.charAt(i)) >= 0x80 && c != '微') {
                    i++;
                }
                continue;
            }
            boolean digit = isDigit(c);
            if (!digit && !isLetter(c)) {
                if (c == ':' && ipv6 && is(s, i + 1, ':') && !isWordChar(s, i - 1) && !is(s, i - 1, ':')
                        && !is(s, i - 1, '.')) {
                    int end = NetAddresses.ipv6(s, i);
                    if (end > 0) {
                        sink.match(PiiType.IPV6, i, end);
                        i = end;
                        continue;
                    }
                }
                i++;
                continue;
            }
            if (isWordChar(s, i - 1)) {
                i = alnumRunEnd(s, i); // inside a word or number that started before (after a full-width digit)
                continue;
            }
            if (email) {
                if (i >= localEnd) {
                    localStart = i;
                    localEnd = NetAddresses.localPartEnd(s, i);
                }
                if (i == localStart && is(s, localEnd, '@')) {
                    if (domainAt != localEnd) {
                        domainAt = localEnd;
                        domainEnd = NetAddresses.domainEnd(s, localEnd);
                    }
                    if (domainEnd > 0 && NetAddresses.isLocalPart(s, i, localEnd)) {
                        sink.match(PiiType.EMAIL, i, domainEnd);
                        i = domainEnd;
                        continue;
                    }
                }
            }
            if (!digit && secretUrl && i >= plainUrlEnd && NetAddresses.mayStartUrl(s, i)) {
                int urlEnd = NetAddresses.urlEnd(s, i);
                if (NetAddresses.hasSecret(s, i, urlEnd)) {
                    sink.match(PiiType.SECRET_URL, i, urlEnd);
                    i = urlEnd;
                    continue;
                }
                plainUrlEnd = urlEnd; // a URL nested in this one has no secret either: it was checked with it
            }
            int end = digit ? address(s, i, sink) : atWord(s, i, c, sink);
            if (end < 0 && (digit ? numbers.isOn() : wechat && Labels.mayStartWechat(s, i))) {
                groups = groups == null ? new DigitGroups() : groups;
                if (digit) {
                    end = numbers.match(s, i, groups, sink);
                    if (end < 0) {
                        i = groups.lastEnd(); // past the whole number: no match starts inside it
                        continue;
                    }
                } else {
                    end = Labels.wechat(s, i, numbers, groups, sink);
                }
            }
            i = end > 0 ? end : alnumRunEnd(s, i);
        }
    }

    /** An IP address at the digit {@code i}: reports it and returns its end, or -1. */
    private int address(String s, int i, Sink sink) {
        if (ipv4 && mayStartIpv4(s, i)) {
            int end = NetAddresses.ipv4(s, i);
            if (end > 0) {
                sink.match(PiiType.IPV4, i, end);
                return end;
            }
        }
        return ipv6At(s, i, sink);
    }

    private static boolean mayStartIpv4(String s, int i) {
        int p = i;
        while (isDigitAt(s, p) && p - i < 4) {
            p++;
        }
        return p - i <= 3 && is(s, p, '.') && isDigitAt(s, p + 1);
    }

    private int ipv6At(String s, int i, Sink sink) {
        if (ipv6 && isHex(s.charAt(i)) && !is(s, i - 1, ':') && !is(s, i - 1, '.')
                && NetAddresses.mayStartIpv6(s, i)) {
            int end = NetAddresses.ipv6(s, i);
            if (end > 0) {
                sink.match(PiiType.IPV6, i, end);
                return end;
            }
        }
        return -1;
    }

    /**
     * What starts with the letter {@code c} at {@code i}, except URLs and WeChat labels: reports it and returns its
     * end, or -1.
     */
    private int atWord(String s, int i, char c, Sink sink) {
        if (qq && (c == 'Q' || c == 'q')) {
            int end = Labels.qq(s, i, sink);
            if (end > 0) {
                return end;
            }
        }
        if (isUpper(c)) {
            int end = twId ? RegionalIds.taiwan(s, i) : -1;
            if (end > 0) {
                sink.match(PiiType.TW_ID, i, end);
                return end;
            }
            end = hkId ? RegionalIds.hongKong(s, i) : -1;
            if (end > 0) {
                sink.match(PiiType.HK_ID, i, end);
                return end;
            }
        }
        return ipv6At(s, i, sink);
    }
}
