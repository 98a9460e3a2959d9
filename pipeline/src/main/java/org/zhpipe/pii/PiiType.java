package org.zhpipe.pii;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of personal data the {@code pii} stage masks. Each has a spec name (its constant in lower case:
 * {@code id_card}) and a default placeholder (its constant in upper case, in angle brackets: {@code <ID_CARD>}).
 * What each one matches is documented on the constant; {@link PiiStage} says what is never matched.
 */
public enum PiiType {
    /** A mainland mobile number: {@code 13812345678}, {@code 138 1234 5678}, {@code +86-138-1234-5678}. */
    PHONE,
    /** A mainland landline number: {@code 010-12345678}, {@code (0755)1234567}, {@code 021 6888 1234转123}. */
    LANDLINE,
    /** A mainland resident ID number: 18 characters (GB 11643 check, birth date, province) or 15 digits. */
    ID_CARD,
    /** A bank card number: 13–19 digits, the Luhn check and a card prefix ({@code 62}, {@code 4}, {@code 5} ...). */
    BANK_CARD,
    /** An e-mail address: {@code zhang.san@example.com.cn}. */
    EMAIL,
    /** An IPv4 address: {@code 192.168.1.10}; not a dotted version number after a version word. */
    IPV4,
    /** An IPv6 address, full or compressed: {@code 2001:db8::8a2e:370:7334}, {@code ::1}. */
    IPV6,
    /** A whole URL that carries a secret: {@code user:pass@} or {@code token=}, {@code key=}, {@code sig=} ... */
    SECRET_URL,
    /** A QQ number after a label: the number in {@code QQ：12345678}. */
    QQ,
    /** A WeChat ID after a label: the ID in {@code 微信号：zhang_san88} or {@code vx 13812345678}. */
    WECHAT,
    /** A Hong Kong identity card number with its check character: {@code A123456(3)}. */
    HK_ID,
    /** A Taiwan national ID number with its check digit: {@code A123456789}. */
    TW_ID;

    /** The name in specs: {@code phone}, {@code id_card}, ... */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The placeholder unless a spec gives another: {@code <PHONE>}, {@code <ID_CARD>}, ... */
    public String defaultPlaceholder() {
        return "<" + name() + ">";
    }

    /** The type with this spec name. */
    public static Optional<PiiType> bySpecName(String name) {
        for (PiiType t : values()) {
            if (t.specName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The spec names of all types, in declaration order. */
    public static List<String> specNames() {
        return Arrays.stream(values()).map(PiiType::specName).toList();
    }
}
