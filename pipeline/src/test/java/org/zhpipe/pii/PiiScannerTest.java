package org.zhpipe.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the scanner finds, type by type, and the look-alikes it leaves alone. Each case is written as the text with
 * the expected matches in brackets: {@code "电话[PHONE:13812345678]。"}.
 */
class PiiScannerTest {
    private final PiiScanner scanner = new PiiScanner();

    /** Checks that the matches in the text of {@code marked} are exactly those marked. */
    private void check(String marked) {
        check(scanner, marked);
    }

    static void check(PiiScanner scanner, String marked) {
        StringBuilder text = new StringBuilder();
        List<PiiScanner.Match> expected = new ArrayList<>();
        for (int i = 0; i < marked.length(); ) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf("]]", colon);
            PiiType type = PiiType.valueOf(marked.substring(open + 2, colon));
            int start = text.length();
            text.append(marked, colon + 1, close);
            expected.add(new PiiScanner.Match(type, start, text.length()));
            i = close + 2;
        }
        assertEquals(render(text.toString(), expected), render(text.toString(), scanner.find(text.toString())),
                marked);
    }

    private static String render(String text, List<PiiScanner.Match> matches) {
        StringBuilder b = new StringBuilder();
        int copied = 0;
        for (PiiScanner.Match m : matches) {
            b.append(text, copied, m.start()).append("[[").append(m.type()).append(':')
                    .append(text, m.start(), m.end()).append("]]");
            copied = m.end();
        }
        return b.append(text.substring(copied)).toString();
    }

    @Test
    void mobileNumbers() {
        check("电话[[PHONE:13812345678]]。");
        check("手机：[[PHONE:138 1234 5678]]，");
        check("手机：[[PHONE:138-1234-5678]]");
        check("Tel: [[PHONE:+86 138 1234 5678]] / [[PHONE:+8613912345678]] / [[PHONE:0086-159-1234-5678]]");
        check("[[PHONE:8613812345678]]和[[PHONE:86-13812345678]]");
        check("[[PHONE:138 12345678]]");
        check("call [[PHONE:13812345678]],[[PHONE:13912345678]]");
        check("No.[[PHONE:13812345678]]");
        check("2023 [[PHONE:13812345678]] 2024");
        check("1 [[PHONE:13812345678]]");
    }

    @Test
    void notMobileNumbers() {
        check("12345678901 10012345678 138123456789 1381234567");
        check("编号20231204138123456789");                       // inside a longer run
        check("ID13812345678 13812345678abc");                  // glued to letters
        check("2023-13812345678 13812345678-1");                // dashed into a longer code
        check("3.13812345678 13812345678.5");                   // decimals
        check("１13812345678");                                  // a full-width digit before
    }

    @Test
    void landlines() {
        check("电话：[[LANDLINE:010-62345678]]，传真[[LANDLINE:0755-8765432]]");
        check("[[LANDLINE:(010)62345678]] [[LANDLINE:（0755）88886666]] [[LANDLINE:(021) 6888-1234]]");
        check("[[LANDLINE:01062345678]]、[[LANDLINE:075522345678]]");
        check("[[LANDLINE:021-6888 1234]]");
        check("总机[[LANDLINE:010-62345678-8001]]，或[[LANDLINE:010-82345678转123]]，[[LANDLINE:0571 8888 6666 ext. 12]]");
        check("[[LANDLINE:+86-10-62345678]] [[LANDLINE:+86 755 22345678]] [[LANDLINE:0086 21 68881234]]");
    }

    @Test
    void notLandlines() {
        check("400-800-1234 95588 010-6234567 0755-1234 010-02345678 010-12345678 00-62345678 010-62345678-1234567");
        check("2023-12-04 2023-1204 0101-23456789");
    }

    @Test
    void residentIds() {
        check("身份证号：[[ID_CARD:11010519491231002X]]。");
        check("[[ID_CARD:11010519491231002x]]");
        check("[[ID_CARD:110105 19491231 002X]]");
        check("[[ID_CARD:440305198506151233]] [[ID_CARD:320102199001010010]]");
        check("440524188001010014");  // born 1880
        check("老身份证[[ID_CARD:110105491231002]]");
    }

    @Test
    void notResidentIds() {
        check("110105194912310021");   // wrong check character
        check("110105194913310028");   // month 13
        check("910105194912310026");   // no such province
        check("11010519491231002X1 A11010519491231002X 11010519491231002XY");
        check("110105491331002");      // 15 digits, month 13
    }

    @Test
    void bankCards() {
        check("卡号[[BANK_CARD:6222021234567890128]]");
        check("卡号：[[BANK_CARD:6222 0212 3456 7890 128]]");
        check("[[BANK_CARD:4111111111111111]] [[BANK_CARD:4111-1111-1111-1111]] [[BANK_CARD:5500 0000 0000 0004]]");
        check("[[BANK_CARD:378282246310005]] [[BANK_CARD:3782 822463 10005]]");
    }

    @Test
    void notBankCards() {
        check("4111111111111112 6222021234567890123 1234567890123456 4111 1111 111 11111");
        check("订单号2023120412345678");
    }

    @Test
    void emails() {
        check("邮箱：[[EMAIL:zhang.san@example.com]]。");
        check("[[EMAIL:12345678@qq.com]]和[[EMAIL:a_b-c+d@mail.example.com.cn]]");
        check("写信给[[EMAIL:li@163.com]].谢谢");
        check("QQ邮箱[[EMAIL:87654321@qq.com]]");
    }

    @Test
    void notEmails() {
        check("@张三 a@b a@b.c a..b@example.com a.@example.com user@localhost");
    }

    @Test
    void ipv4() {
        check("服务器[[IPV4:192.168.1.10]]宕机，网关[[IPV4:10.0.0.1]]；[[IPV4:8.8.8.8]]:53");
        check("访问http://[[IPV4:172.16.0.5]]:8080/admin");
    }

    @Test
    void notIpv4() {
        check("v1.2.3.4 版本1.2.3.4 版本号：10.0.0.1 version 1.0.0.1 1.2.3.4.5 256.1.1.1 192.168.1 01.2.3.4");
        check("1.2.3 3.14 1,000");
    }

    @Test
    void ipv6() {
        check("[[IPV6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]] [[IPV6:2001:db8::8a2e:370:7334]] [[IPV6:::1]]");
        check("[[IPV6:fe80::1]]和[[IPV6:::ffff:192.168.1.1]]，([[IPV6:2001:db8::1]]):443");
    }

    @Test
    void notIpv6() {
        check("12:30:45 std::vector abc::def 00:1A:2B:3C:4D:5E 3:1 a::b");
    }

    @Test
    void secretUrls() {
        check("链接[[SECRET_URL:https://api.example.com/v1/data?access_token=abc123]]，");
        check("[[SECRET_URL:https://user:pass@example.com/x]] [[SECRET_URL:ftp://admin:secret@10.1.1.1/]]");
        check("[[SECRET_URL:https://example.com/cb#id_token=eyJ0]] [[SECRET_URL:www.example.com/a?x=1&key=K9]]");
        check("([[SECRET_URL:https://x.com/?sig=abc]])");
        check("跳转[[SECRET_URL:https://x.com/go?to=https://admin:pw@y.com/]]，");   // credentials of a nested URL
        check("[[SECRET_URL:https://x.com/a;jsessionid=ABC123]] [[SECRET_URL:https://x.com/?X-Amz-Signature=f0]]");
    }

    @Test
    void notSecretUrls() {
        check("https://example.com/a?b=1 https://example.com/?token= https://example.com/?monkey=1 www.example.com");
        check("https://example.com/?tokens_count=3");
    }

    @Test
    void longChainsOfUrlsAndDashedOrDottedNumbersHoldNothing() {
        // each URL or number starts inside the one before; the scan checks each chain once (no quadratic rescans)
        check("https://x.com/".repeat(20_000) + " " + "1-".repeat(50_000) + " " + "1.".repeat(50_000) + " "
                + "a.".repeat(50_000) + "@");
    }

    @Test
    void qq() {
        check("QQ：[[QQ:12345678]]，qq号[[QQ:987654321]]，QQ [[QQ:10001]]，QQ号码: [[QQ:2345678901]]");
        check("QQ[[QQ:12345678]]");
    }

    @Test
    void notQq() {
        check("QQ群：12345678 QQ：1234 QQ：012345678 QQ:123456789012 QQ：12345678@qq.com".replace(
                "12345678@qq.com", "[[EMAIL:12345678@qq.com]]"));
        check("12345678 MQQ:12345678 QQmail 12345678");
    }

    @Test
    void wechat() {
        check("微信：[[WECHAT:zhang_san88]]，微信号[[WECHAT:wxid_abcdefg123]]，vx：[[WECHAT:13812345678]]");
        check("加我微信[[WECHAT:abc123456]]，VX [[WECHAT:hello_world]]，wx:[[WECHAT:a123456]]，weixin: [[WECHAT:Zhangsan]]");
        check("微信同号[[PHONE:13812345678]]");
        check("v信：[[WECHAT:lisi2023]]");
    }

    @Test
    void notWechat() {
        check("微信支付 微信 WeChat 微信 official wxid_abc12345 微信：abc 微信：a1234567890123456789012");
    }

    @Test
    void hongKongAndTaiwanIds() {
        check("香港身份证[[HK_ID:A123456(3)]]，[[HK_ID:C668668(9)]]，[[HK_ID:AB987654（3）]]");
        check("台湾身份证[[TW_ID:A123456789]]");
    }

    @Test
    void notHongKongAndTaiwanIds() {
        check("A123456(4) A1234563 A123456780 A323456789 AA123456789");
    }

    @Test
    void onlyTheTypesAskedFor() {
        PiiScanner phones = new PiiScanner(EnumSet.of(PiiType.PHONE));
        check(phones, "[[PHONE:13812345678]] a@b.com 192.168.1.1 微信：[[PHONE:13912345678]]");
        PiiScanner wechat = new PiiScanner(EnumSet.of(PiiType.WECHAT));
        check(wechat, "13812345678 微信：[[WECHAT:13912345678]]");
    }

    @Test
    void supplementaryCharactersAround() {
        check("𠀀[[PHONE:13812345678]]😀[[EMAIL:a@b.com]]𪚥");
        check("\uD800[[PHONE:13812345678]]\uDC00");
    }
}
