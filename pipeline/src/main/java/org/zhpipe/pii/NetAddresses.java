package org.zhpipe.pii;

import static org.zhpipe.pii.Boundaries.endsWithWord;
import static org.zhpipe.pii.Boundaries.is;
import static org.zhpipe.pii.Boundaries.isAlnum;
import static org.zhpipe.pii.Boundaries.isAlnumAt;
import static org.zhpipe.pii.Boundaries.isDigit;
import static org.zhpipe.pii.Boundaries.isDigitAt;
import static org.zhpipe.pii.Boundaries.isHex;
import static org.zhpipe.pii.Boundaries.isLetter;
import static org.zhpipe.pii.Boundaries.isWordChar;
import static org.zhpipe.pii.Boundaries.startsWith;

/**
 * E-mail addresses, IP addresses and URLs that carry secrets, each recognized by hand where it may start (no regular
 * expressions). Every method returns the end of what it found, or -1. Stateless.
 */
final class NetAddresses {
    /** Words that make a following dotted quad a version number rather than an address. */
    private static final String[] VERSION_WORDS = {"version", "ver.", "ver", "v", "build", "release", "rev",
            "firmware", "版本号", "版本", "版", "固件", "升级到", "更新到", "更新至"};
    /** Query parameters whose value is a secret, compared ignoring case. */
    private static final String[] SECRET_NAMES = {"key", "sig", "sign", "pwd", "pass", "passwd", "sid", "auth",
            "ticket", "session", "credential", "credentials", "code_verifier"};
    /** Endings of query parameter names whose value is a secret: access_token, client_secret, x-amz-signature ... */
    private static final String[] SECRET_SUFFIXES = {"token", "secret", "password", "signature", "apikey",
            "api_key", "api-key", "accesskey", "accesskeyid", "access_key", "sessionid", "session_id", "private_key"};

    private NetAddresses() {
    }

    // ---- e-mail

    private static boolean isLocalPart(char c) {
        return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** The end of the run of e-mail local-part characters from {@code i}. */
    static int localPartEnd(String s, int i) {
        while (i < s.length() && isLocalPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code [i, at)} is a local part: at most 64 chars, no {@code ..}, no final dot. */
    static boolean isLocalPart(String s, int i, int at) {
        if (at - i > 64 || s.charAt(at - 1) == '.') {
            return false;
        }
        for (int k = i + 1; k < at; k++) {
            if (s.charAt(k) == '.' && s.charAt(k - 1) == '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the domain of an e-mail address whose {@code @} is at {@code at}, or -1: two or more labels of ASCII
     * letters, digits and inner dashes, the last of two or more letters, not followed by a letter, digit, {@code -},
     * {@code _} or {@code @}.
     */
    static int domainEnd(String s, int at) {
        int p = at + 1;
        int labels = 0;
        int lastLabelStart = p;
        int n = s.length();
        while (true) {
            int labelStart = p;
            while (p < n && (isAlnum(s.charAt(p)) || s.charAt(p) == '-')) {
                p++;
            }
            if (p == labelStart || s.charAt(labelStart) == '-' || s.charAt(p - 1) == '-' || p - labelStart > 63) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            if (is(s, p, '.') && isWordChar(s, p + 1)) {
                p++;
            } else {
                break;
            }
        }
        if (labels < 2 || p - lastLabelStart < 2 || p - at > 254) {
            return -1;
        }
        for (int k = lastLabelStart; k < p; k++) {
            if (!isLetter(s.charAt(k))) {
                return -1;
            }
        }
        return p < n && (s.charAt(p) == '_' || s.charAt(p) == '@') ? -1 : p;
    }

    // ---- IPv4

    /**
     * A dotted quad at {@code i} (a digit after no letter, digit or dot): four numbers 0–255 without leading zeros,
     * not followed by a letter, a digit or another dotted part, and not after a version word ({@code v1.2.3.4},
     * {@code 版本 1.2.3.4}).
     */
    static int ipv4(String s, int i) {
        if (is(s, i - 1, '.')) {
            return -1;
        }
        int end = dottedQuadEnd(s, i);
        if (end < 0 || isWordChar(s, end) || is(s, end, '.') && isWordChar(s, end + 1) || isVersionContext(s, i)) {
            return -1;
        }
        return end;
    }

    /** The end of four octets from {@code i}, or -1. */
    private static int dottedQuadEnd(String s, int i) {
        int p = i;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (!is(s, p, '.')) {
                    return -1;
                }
                p++;
            }
            int start = p;
            int value = 0;
            while (isDigitAt(s, p) && p - start < 3) {
                value = value * 10 + s.charAt(p) - '0';
                p++;
            }
            if (p == start || value > 255 || p - start > 1 && s.charAt(start) == '0' || isDigitAt(s, p)) {
                return -1;
            }
        }
        return p;
    }

    /** Whether a version word stands before {@code i}, possibly with spaces, a colon or 是/为 between. */
    private static boolean isVersionContext(String s, int i) {
        int p = i;
        for (int steps = 0; steps < 4 && p > 0; steps++) {
            char c = s.charAt(p - 1);
            if (c == ' ' || c == ':' || c == '\uFF1A' || c == '=' || c == '是' || c == '为' || c == '\u3000') {
                p--;
            } else {
                break;
            }
        }
        for (String word : VERSION_WORDS) {
            if (endsWithWord(s, p, word)) {
                return true;
            }
        }
        return false;
    }

    // ---- IPv6

    /**
     * An IPv6 address at {@code i} (a hex digit or the {@code ::} of a compressed address, after no letter, digit,
     * colon or dot): eight groups of one to four hex digits, or fewer with one {@code ::}, the last two groups
     * possibly a dotted quad ({@code ::ffff:192.0.2.1}); at least one decimal digit somewhere (so that C++'s
     * {@code abc::def} is no address); not followed by a letter, a digit, or a colon and a hex digit.
     */
    static int ipv6(String s, int i) {
        int n = s.length();
        int p = i;
        int groups = 0;
        boolean compressed = false;
        boolean digit = false;
        if (startsWith(s, p, "::")) {
            compressed = true;
            p += 2;
        }
        while (true) {
            int start = p;
            while (p < n && isHex(s.charAt(p)) && p - start < 5) {
                digit |= isDigit(s.charAt(p));
                p++;
            }
            int length = p - start;
            if (length == 0) {
                break; // only after "::", which may end an address
            }
            if (length > 4) {
                return -1;
            }
            if (is(s, p, '.')) {
                int quad = dottedQuadEnd(s, start);
                if (quad < 0) {
                    return -1;
                }
                groups += 2;
                p = quad;
                break;
            }
            groups++;
            if (startsWith(s, p, "::")) {
                if (compressed) {
                    return -1;
                }
                compressed = true;
                p += 2;
            } else if (is(s, p, ':') && p + 1 < n && isHex(s.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        if (!digit || (compressed ? groups > 7 || groups == 0 : groups != 8)) {
            return -1;
        }
        if (isWordChar(s, p) || is(s, p, ':') || is(s, p, '.') && isWordChar(s, p + 1)) {
            return -1;
        }
        return p;
    }

    /** Whether an IPv6 address may start at {@code i}: a hex run of one to four digits then a colon, or {@code ::}. */
    static boolean mayStartIpv6(String s, int i) {
        int p = i;
        while (p < s.length() && isHex(s.charAt(p)) && p - i < 5) {
            p++;
        }
        return p - i <= 4 && is(s, p, ':');
    }

    // ---- URLs with secrets

    private static boolean isUrlChar(char c) {
        return isAlnum(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    }

    /** Whether a URL starts at {@code i}: {@code http://}, {@code https://}, {@code ftp://} or {@code www.}. */
    static boolean mayStartUrl(String s, int i) {
        char c = (char) (s.charAt(i) | 0x20);
        char next = i + 1 < s.length() ? (char) (s.charAt(i + 1) | 0x20) : 0;
        if (!((c == 'h' || c == 'f') && next == 't' || c == 'w' && next == 'w')) {
            return false;
        }
        return startsWith(s, i, "http://") || startsWith(s, i, "https://") || startsWith(s, i, "ftp://")
                || startsWith(s, i, "www.") && isAlnumAt(s, i + 4);
    }

    /** The end of the URL at {@code i} ({@link #mayStartUrl}), without trailing sentence punctuation. */
    static int urlEnd(String s, int i) {
        int end = i;
        while (end < s.length() && isUrlChar(s.charAt(end))) {
            end++;
        }
        return trimTrailing(s, i, end);
    }

    /**
     * Whether the URL {@code [i, end)} carries a secret: user information before a host ({@code user:pass@},
     * {@code token@}, also in a URL nested in this one's query), or a query or fragment parameter whose name says it
     * holds a secret ({@code token=}, {@code access_token=}, {@code key=}, {@code sig=}, {@code password=}, any name
     * ending in {@code token}, {@code secret}, {@code password}, {@code signature} ...) with a value. One pass.
     */
    static boolean hasSecret(String s, int i, int end) {
        boolean authority = false;
        int authorityStart = -1;
        for (int p = i; p < end; p++) {
            char c = s.charAt(p);
            if (c == ':' && p + 2 < end && s.charAt(p + 1) == '/' && s.charAt(p + 2) == '/') {
                authority = true;
                authorityStart = p + 3;
                p += 2;
            } else if (authority && c == '@' && p > authorityStart) {
                return true;
            } else if (c == '/' || c == '?' || c == '#') {
                authority = false;
            }
            if (c == '?' || c == '&' || c == '#' || c == ';') {
                int nameStart = p + 1;
                int q = nameStart;
                while (q < end && (isAlnum(s.charAt(q)) || "_-.".indexOf(s.charAt(q)) >= 0)) {
                    q++;
                }
                if (q > nameStart && is(s, q, '=') && q + 1 < end && "&#;".indexOf(s.charAt(q + 1)) < 0
                        && isSecretName(s, nameStart, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSecretName(String s, int from, int to) {
        int length = to - from;
        for (String name : SECRET_NAMES) {
            if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                return true;
            }
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (suffix.length() <= length && s.regionMatches(true, to - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** Leaves out trailing sentence punctuation, but keeps a closing parenthesis that closes one inside the URL. */
    private static int trimTrailing(String s, int start, int end) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (".,;:!?'\"".indexOf(c) >= 0 || (c == ')' || c == ']') && !closesOpen(s, start, end)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean closesOpen(String s, int start, int end) {
        char close = s.charAt(end - 1);
        char open = close == ')' ? '(' : '[';
        int depth = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth >= 0;
    }
}
