package org.zhpipe.bench;

import java.util.Random;

/**
 * Chinese web text for the {@code pii} benchmark, made from the SIGHAN sentences ({@link Corpus}): each line as it
 * would reach {@code pii} after {@code halfwidth} (ASCII digits, letters and punctuation), and every fifth line with
 * one or two snippets of contact details, identity numbers, addresses, prices, dates, versions and order numbers put
 * between its sentences — what comments, listings and support tickets hold. The snippets are made up here (seeded:
 * the same text every run); the numbers are valid where the kind needs it (check digits by their standards' rules).
 */
final class WebText {
    private static final String[] TEMPLATES = {
        "联系电话：%P，微信同号。", "有意者请加微信：%W，备注来意。", "邮箱%E，欢迎来信。", "QQ：%Q（工作时间在线）",
        "收货人张先生，手机%P，地址：朝阳区建国路88号。", "身份证号%I，请核对。", "退款请提供卡号%C。",
        "服务器%4宕机了，运维已处理。", "IPv6地址%6已分配。", "接口：https://api.example.com/v1/items?access_token=%T",
        "办公电话%L，传真%L。", "订单号%O已发货，%D送达。", "价格¥%M.00，%D前有效。", "版本v%V发布，修复了%N个问题。",
        "快递单号SF%O，共%N件。", "参考 https://www.example.com/news/%N.html 第%N页", "%D共计%M元，1,000人参与。",
    };

    private WebText() {
    }

    /** The lines of {@code corpus} as web text, in a new corpus. */
    static Corpus of(Corpus corpus) {
        Random random = new Random(20231204L);
        int[] line = {0};
        return corpus.map(s -> {
            String text = halfwidth(s);
            if (line[0]++ % 5 != 0) {
                return text;
            }
            StringBuilder b = new StringBuilder(text);
            int snippets = 1 + random.nextInt(2);
            for (int k = 0; k < snippets; k++) {
                int at = sentenceBreak(b, random);
                b.insert(at, snippet(TEMPLATES[random.nextInt(TEMPLATES.length)], random));
            }
            return b.toString();
        });
    }

    private static String halfwidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }

    /** A place after a sentence's end (or the end of the line). */
    private static int sentenceBreak(StringBuilder b, Random random) {
        int from = random.nextInt(b.length() + 1);
        for (int i = from; i < b.length(); i++) {
            if (b.charAt(i) == '。' || b.charAt(i) == ',' || b.charAt(i) == '，') {
                return i + 1;
            }
        }
        return b.length();
    }

    private static String snippet(String template, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            char kind = template.charAt(++i);
            b.append(switch (kind) {
                case 'P' -> "1" + (3 + random.nextInt(7)) + digits(random, 9);
                case 'W' -> "wx_" + digits(random, 6);
                case 'E' -> "user" + digits(random, 4) + "@example.com";
                case 'Q' -> (1 + random.nextInt(9)) + digits(random, 8);
                case 'I' -> residentId(random);
                case 'C' -> card(random);
                case '4' -> "192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254));
                case '6' -> "2001:db8::" + Integer.toHexString(random.nextInt(0x10000));
                case 'T' -> digits(random, 8) + "abcdef";
                case 'L' -> "010-" + (2 + random.nextInt(8)) + digits(random, 7);
                case 'O' -> "2023" + digits(random, 10);
                case 'D' -> "2023-" + (10 + random.nextInt(3)) + "-" + (10 + random.nextInt(18));
                case 'M' -> String.valueOf(1 + random.nextInt(9999));
                case 'V' -> random.nextInt(10) + "." + random.nextInt(10) + "." + random.nextInt(100);
                default -> String.valueOf(1 + random.nextInt(99));
            });
        }
        return b.toString();
    }

    private static String digits(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** A mainland ID number with its GB 11643 check character. */
    private static String residentId(Random random) {
        String body = "110105" + (1950 + random.nextInt(60)) + String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)) + digits(random, 3);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A 16-digit UnionPay number with its Luhn check digit. */
    private static String card(Random random) {
        String body = "622202" + digits(random, 9);
        int sum = 0;
        for (int k = body.length() - 1, pos = 0; k >= 0; k--, pos++) {
            int v = body.charAt(k) - '0';
            if (pos % 2 == 0) {
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            }
            sum += v;
        }
        return body + (10 - sum % 10) % 10;
    }
}
