package org.zhpipe.pii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Writes the PII evaluation set {@code pii-eval.tsv}: realistic Chinese and mixed web sentences with personal data of
 * every type, and hard negatives full of look-alikes (dates, prices, versions, order and tracking numbers that fail
 * their checks). Written for zhpipe; nothing is copied from elsewhere. The numbers are made up and made valid (or
 * invalid, for the negatives) by this class's own check-digit code, which is independent of the code under test;
 * the expected spans come from how each sentence was put together, never from the scanner. Seeded: the same file
 * every run. Run it on purpose, then review and commit the file:
 *
 * <pre>{@code
 * mvn -B -o -q -pl pipeline test-compile
 * java -cp pipeline/target/test-classes org.zhpipe.pii.PiiEvalSetGenerator \
 *     pipeline/src/test/resources/org/zhpipe/pii/pii-eval.tsv
 * }</pre>
 *
 * <p>Format: {@code #} lines are comments; each other line is {@code pos} or {@code neg}, a TAB, the sentence, and
 * for each expected match a TAB and {@code type=text}, in order of position (each text is found from where the
 * previous one ended).
 */
public final class PiiEvalSetGenerator {
    private final Random random = new Random(20231204L);
    private final List<String> lines = new ArrayList<>();

    private PiiEvalSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        PiiEvalSetGenerator g = new PiiEvalSetGenerator();
        g.positives();
        g.negatives();
        g.wild();
        StringBuilder out = new StringBuilder();
        out.append("# zhpipe PII evaluation set, written for zhpipe (PiiEvalSetGenerator, seed 20231204); CC0.\n");
        out.append("# All numbers and addresses are made up. Columns: pos|neg, sentence, then type=text per match.\n");
        for (String line : g.lines) {
            out.append(line).append('\n');
        }
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ sentences

    /** A sentence being put together: text, and the expected matches in order. */
    private static final class Sentence {
        final StringBuilder text = new StringBuilder();
        final List<String> matches = new ArrayList<>();
    }

    /**
     * Fills {@code template}: {@code {type}} is a positive of that type (its expected match), {@code {~name}} a
     * look-alike or filler that must not match, any other {@code {name}} a plain filler.
     */
    private String fill(String template, Map<String, Supplier<String>> positives,
                        Map<String, Supplier<String>> fillers, boolean positive) {
        Sentence s = new Sentence();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                s.text.append(template, i, template.length());
                break;
            }
            s.text.append(template, i, open);
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            if (positives.containsKey(name)) {
                String value = positives.get(name).get();
                s.text.append(value);
                s.matches.add(typeOf(name) + "=" + value);
            } else {
                Supplier<String> f = fillers.get(name.startsWith("~") ? name.substring(1) : name);
                if (f == null) {
                    throw new IllegalArgumentException("no filler " + name + " in " + template);
                }
                s.text.append(f.get());
            }
            i = close + 1;
        }
        String text = s.text.toString();
        if (text.indexOf('\t') >= 0 || !consistent(text, s.matches)) {
            return null;
        }
        StringBuilder line = new StringBuilder(positive ? "pos" : "neg").append('\t').append(text);
        for (String m : s.matches) {
            line.append('\t').append(m);
        }
        return line.toString();
    }

    /** Whether finding each match's text from where the previous one ended finds the one that was put there. */
    private static boolean consistent(String text, List<String> matches) {
        // the builder appended the matches in order; searching must not stop at an earlier equal text
        int from = 0;
        for (String m : matches) {
            String value = m.substring(m.indexOf('=') + 1);
            int at = text.indexOf(value, from);
            if (at < 0) {
                return false;
            }
            from = at + value.length();
        }
        return true;
    }

    private static String typeOf(String placeholder) {
        return switch (placeholder) {
            case "phone", "phone2" -> "phone";
            case "landline", "landline2" -> "landline";
            case "id18", "id15" -> "id_card";
            case "bank" -> "bank_card";
            case "email", "email2" -> "email";
            case "ipv4", "ipv4b" -> "ipv4";
            case "ipv6", "ipv6b" -> "ipv6";
            case "url" -> "secret_url";
            case "qq" -> "qq";
            case "wechat", "wechatPhone" -> "wechat";
            case "phoneOrWechat" -> "phone";
            case "hkid", "hkidBare" -> "hk_id";
            case "landlineWide" -> "landline";
            case "phoneWide", "phoneDotted" -> "phone";
            case "emailUpper" -> "email";
            case "ipv6Upper" -> "ipv6";
            case "urlMore" -> "secret_url";
            case "twid" -> "tw_id";
            default -> throw new IllegalArgumentException(placeholder);
        };
    }

    private void emit(List<String> templates, int count, boolean positive) {
        Map<String, Supplier<String>> positives = positiveGenerators();
        Map<String, Supplier<String>> fillers = fillers();
        int made = 0;
        int t = 0;
        while (made < count) {
            String template = templates.get(t++ % templates.size());
            String line = fill(template, positives, fillers, positive);
            if (line != null && !lines.contains(line)) {
                lines.add(line);
                made++;
            }
        }
    }

    private void positives() {
        emit(List.of(
                "收货人：{name}，电话：{phone}，地址：{city}{street}{~small}号，{~date}前送达。",
                "【{brand}】您好，您的快递已到{city}，请联系快递员{phone}，运单号{~tracking}。",
                "如有疑问请致电客服{phone}（工作日{~time}-{~time}）。",
                "我的手机号是{phone}，{~date}之后再打给我吧",
                "联系人：{name} 手机：{phone} 备用：{phone2}",
                "二手{item}出售，{~price}，非诚勿扰，电话{phone}",
                "Contact: {name}, mobile {phone}, since {~year}.",
                "报名请发短信至{phone}，名额{~small}个，截止{~date}。",
                "{name}老师的联系方式：{phone}，办公室在{~small}楼。",
                "@{name} 你的号码{phone}对吗？我{~time}打不通"), 70, true);
        emit(List.of(
                "公司前台电话{landline}，传真{landline2}。",
                "{city}分公司地址：{street}{~small}号，电话：{landline}",
                "预约挂号请拨打{landline}，{~time}至{~time}",
                "咨询热线：{landline}（{~date}起启用）",
                "Tel: {landline}  Fax: {landline2}",
                "办公电话{landline}，手机{phone}，{name}收"), 45, true);
        emit(List.of(
                "本人{name}，身份证号{id18}，申请补办{service}。",
                "身份证：{id18}，出生日期{~date}，订单{~order}",
                "请核对乘车人信息：{name} {id18}，车次G{~small}",
                "居民身份证号码 {id18} 已通过实名认证",
                "老户口本上的15位身份证号{id15}要升级成18位吗？",
                "{name}（身份证号码：{id18}）于{~date}办理入住",
                "ID: {id18}, amount {~price}"), 50, true);
        emit(List.of(
                "退款请提供银行卡号：{bank}（{bankname}），开户人{name}。",
                "请转账到{bankname}卡号{bank}，金额{~price}",
                "卡号：{bank}，有效期{~expiry}，别告诉别人",
                "收款账户 {bank} {bankname} {city}分行",
                "Card number {bank} was charged {~price} on {~date}."), 40, true);
        emit(List.of(
                "有问题可以发邮件到{email}，我们会在{~small}个工作日内回复。",
                "简历请投递至{email}，邮件标题注明“{name}-应聘{job}”。",
                "作者：{name}（{email}），{~date}",
                "联系邮箱：{email}；商务合作：{email2}",
                "Please contact {email} for the {~version} release notes.",
                "我的QQ邮箱{email}，大家互相学习"), 45, true);
        emit(List.of(
                "服务器{ipv4}的CPU占用率达到{~percent}，请运维尽快处理。",
                "{~date} {~time} 来自{ipv4}的登录失败{~small}次，已封禁",
                "把网关改成{ipv4}，DNS用{ipv4b}就行",
                "访问http://{ipv4}:{~port}/admin 进入后台（版本{~version}）",
                "nginx 日志：{ipv4} - - [{~date}] \"GET /index.html\" 200"), 40, true);
        emit(List.of(
                "IPv6地址{ipv6}已分配给该主机",
                "ping {ipv6} 不通，但是IPv4正常",
                "监听地址改为[{ipv6}]:{~port}",
                "本机回环地址{ipv6}，外网地址{ipv6b}"), 35, true);
        emit(List.of(
                "分享一个接口：{url} 记得别外传",
                "测试环境地址 {url} ，今天{~time}前有效",
                "回调地址{url}返回401，谁帮我看下",
                "图片链接：{url}",
                "Webhook: {url} (rotated on {~date})"), 35, true);
        emit(List.of(
                "求组队！QQ：{qq}，加好友备注{game}",
                "有意者联系QQ号{qq}或者发邮件",
                "我的qq {qq}，{~time}以后在线",
                "QQ号码：{qq}（{name}）",
                "技术交流群请先加QQ{qq}"), 35, true);
        emit(List.of(
                "二手转让，诚心要的加微信：{wechat}，价格{~price}",
                "加我微信{wechat}备注“{item}”",
                "vx：{wechatPhone}，{~time}后回复",
                "微信号: {wechat}（同名公众号）",
                "wx {wechat} 拉你进群",
                "VX：{wechat}，不闲聊",
                "微信 {wechatPhone} 同手机号"), 40, true);
        emit(List.of(
                "香港居民身份证号码{hkid}，有效期至{~date}",
                "请填写香港身份证号，例如{hkid}",
                "HKID: {hkid}，通行证号码{~permit}"), 30, true);
        emit(List.of(
                "台湾同胞身份证字号{twid}，台胞证号码{~permit}",
                "中華民國身分證字號：{twid}",
                "Taiwan ID {twid} verified on {~date}"), 30, true);
    }

    /**
     * Written after the scanner, as a check on it: formats from real pages that the sections above do not use —
     * combined labels, full-width dashes, upper-case addresses, more secret parameters — and a few the scanner
     * does not support on purpose (dotted phone numbers, Hong Kong IDs without parentheses), which count as misses.
     */
    private void wild() {
        emit(List.of(
                "QQ/微信：{qq}，{~time}后在线",
                "联系方式：手机{phone}，QQ {qq}，邮箱{email}",
                "電話：{landlineWide}，地址：{city}{street}{~small}號",
                "手机：{phoneWide}（{name}）",
                "Email: {emailUpper}; Tel: {phone}",
                "下载地址：{urlMore}，密码已发群里",
                "服务器 IP：{ipv4}，端口：{~port}，用户名 root",
                "IPv6：{ipv6Upper}",
                "微信/电话：{phoneOrWechat}（{name}）",
                "【{brand}】收件人{name}，{phone}，{city}{street}{~small}号",
                "身份证号{id18}，手机号{phone}，请核实",
                "学员{name}，QQ号：{qq}，手机{phone}"), 60, true);
        emit(List.of(
                "老式写法的手机号{phoneDotted}还有人用",
                "香港身份证号码{hkidBare}（无括号写法）"), 6, true);
        emit(List.of(
                "手机：138****{~small}（已脱敏），身份证：110105********{~small}",
                "Chrome {~chrome} 已更新，重启即可",
                "QQ音乐、QQ空间、微信读书都在{~date}更新了",
                "微信：暂无；QQ：暂无；邮箱：暂无",
                "坐标{~decimal},{~decimal}，误差{~small}米",
                "关注@{name}的微博，{~count}人点赞",
                "门牌号{~small}-{~small}-{~small}，楼层{~small}F",
                "发票号码{~longnum}，开票日期{~date}",
                "航班CA{~small}{~small}，座位{~small}A，票号999-{~tenDigits}",
                "手机号138开头的号段，还有139、150",
                "一共{~tenDigits}次播放，{~count}条评论",
                "密码至少{~small}位，验证码{~sixDigits}五分钟内有效",
                "手机串号IMEI：{~imei}，保修至{~date}",
                "淘宝订单号{~shopOrder}，已发货",
                "设备IMEI {~imei} 已绑定"), 80, false);
    }

    private void negatives() {
        emit(List.of(
                "会议定于{~date}上午{~time}召开，请准时参加。",
                "{~date}至{~date}期间全场{~price}起，满{~price}减{~small}",
                "新款{item}售价{~price}，{~date}正式开售",
                "本次共{~count}人报名，录取{~small}人",
                "订单号：{~order}，下单时间{~date} {~time}",
                "您的快递单号{~tracking}已签收，如有问题请联系客服",
                "系统版本{~version}，内核{~dotted}",
                "固件升级到{~versionQuad}后重启路由器",
                "软件 {~semver} 发布，修复了{~small}个问题",
                "流水号{~order}，交易金额{~price}",
                "商品编码{~longnum}，条形码{~ean}",
                "第{~year}届运动会，{~count}名运动员参赛",
                "客服热线{~hotline}，投诉电话{~hotline}",
                "{~date}的比分是{~score}，{name}进了{~small}个球",
                "时间戳{~timestamp}对应{~date} {~time}",
                "这个{~badid}是订单号，不是身份证",
                "{~badcard}这串数字是会员卡号",
                "QQ群：{~qqgroup}，欢迎大家加入",
                "打开微信支付，扫码付款{~price}",
                "关注微信公众号，{~date}抽奖",
                "微信小程序搜索“{item}”即可下单",
                "参考链接：{~plainUrl}",
                "详见 {~plainUrl} 第{~small}页",
                "@{name} 你说的{~notEmail}是什么意思",
                "MAC地址{~mac}，C++里写 std::vector<int>",
                "比例{~score}，均值{~decimal}",
                "邮编{~postal}，股票代码{~stock}",
                "ISBN {~isbn}，定价{~price}",
                "设备序列号{~serial}，生产日期{~date}",
                "香港身份证格式如{~badhk}，最后一位是校验码",
                "台湾身份证{~badtw}校验失败",
                "{~badip}不是合法的IP地址",
                "手机号格式不对：{~badphone}",
                "这个{~phoneInLong}是二十位的编号",
                "坐标{~decimal}，{~decimal}，海拔{~count}米",
                "价格：{~price}；数量：{~count}；合计{~price}",
                "Build {~semver} ({~date}), {~count} downloads",
                "{~year}年营收{~count}亿元，同比增长{~percent}",
                "电话区号{~area}，邮编{~postal}",
                "第{~small}章 {~date} 更新"), 330, false);
    }

    // ------------------------------------------------------------------ fillers

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private Map<String, Supplier<String>> fillers() {
        Map<String, Supplier<String>> f = new LinkedHashMap<>();
        f.put("name", () -> pick("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐明",
                "孙丽", "马超", "朱琳", "胡斌", "郭晓", "林峰", "何雪", "高远", "罗晨"));
        f.put("city", () -> pick("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆", "苏州",
                "天津", "长沙", "郑州", "青岛"));
        f.put("street", () -> pick("朝阳区建国路", "浦东新区世纪大道", "天河区体育西路", "南山区科技园路", "西湖区文三路",
                "武侯区人民南路", "洪山区珞喻路", "雁塔区小寨东路", "鼓楼区中山路"));
        f.put("brand", () -> pick("顺丰速运", "中通快递", "京东物流", "圆通速递", "韵达快递", "菜鸟驿站"));
        f.put("item", () -> pick("iPhone 13", "自行车", "考研资料", "显示器", "婴儿车", "吉他", "相机", "沙发",
                "Switch游戏机", "电饭煲"));
        f.put("service", () -> pick("社保卡", "护照", "港澳通行证", "驾驶证", "居住证", "银行卡"));
        f.put("bankname", () -> pick("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行",
                "浦发银行", "民生银行"));
        f.put("job", () -> pick("Java开发", "产品经理", "UI设计", "运营专员", "数据分析师"));
        f.put("game", () -> pick("王者荣耀", "原神", "和平精英", "英雄联盟"));
        f.put("small", () -> String.valueOf(between(1, 99)));
        f.put("count", () -> pick(String.valueOf(between(100, 99999)), String.format("%,d", between(1000, 9999999)),
                String.valueOf(between(2, 999))));
        f.put("year", () -> String.valueOf(between(1990, 2030)));
        f.put("date", () -> {
            int y = between(1995, 2030);
            int m = between(1, 12);
            int d = between(1, 28);
            return switch (random.nextInt(6)) {
                case 0 -> String.format("%d-%02d-%02d", y, m, d);
                case 1 -> String.format("%d%02d%02d", y, m, d);
                case 2 -> y + "年" + m + "月" + d + "日";
                case 3 -> String.format("%d/%02d/%02d", y, m, d);
                case 4 -> String.format("%d.%02d.%02d", y, m, d);
                default -> m + "月" + d + "日";
            };
        });
        f.put("time", () -> pick(String.format("%02d:%02d", between(0, 23), between(0, 59)),
                String.format("%02d:%02d:%02d", between(0, 23), between(0, 59), between(0, 59)),
                between(1, 12) + "点"));
        f.put("price", () -> switch (random.nextInt(6)) {
            case 0 -> "¥" + String.format("%,d", between(100, 99999)) + ".00";
            case 1 -> between(1, 9999) + "元";
            case 2 -> "$" + between(1, 999) + "." + digits(2);
            case 3 -> "￥" + between(1, 999);
            case 4 -> between(1, 99) + "." + between(1, 9) + "万元";
            default -> String.format("%,d", between(1000, 999999)) + "元";
        });
        f.put("percent", () -> between(1, 99) + "." + between(0, 9) + "%");
        f.put("decimal", () -> between(0, 180) + "." + digits(between(2, 11)));
        f.put("version", () -> pick("v" + between(1, 9) + "." + between(0, 20) + "." + between(0, 30),
                "V" + between(1, 12) + "." + between(0, 9), between(1, 5) + "." + between(0, 9) + "." + between(0, 9),
                "v" + between(1, 9) + "." + between(0, 9) + "." + between(0, 9) + "." + between(0, 99)));
        f.put("dotted", () -> between(2, 6) + "." + between(0, 19) + "." + between(0, 200) + "-" + between(1, 99));
        f.put("versionQuad", () -> between(1, 20) + "." + between(0, 9) + "." + between(0, 9) + "." + between(0, 255));
        f.put("semver", () -> pick("v", "version ", "ver ", "Version ") + between(0, 12) + "." + between(0, 30) + "."
                + between(0, 30) + (random.nextBoolean() ? "." + between(0, 255) : ""));
        f.put("order", () -> pick("2023" + digits(14), "DD" + digits(16), digits(20), "E" + digits(17),
                between(2019, 2025) + String.format("%02d%02d", between(1, 12), between(1, 28)) + digits(8)));
        f.put("tracking", () -> pick("SF" + digits(13), "YT" + digits(13), "JD" + digits(15), "75" + digits(13),
                "ZT" + digits(12), "7" + digits(12)));
        f.put("longnum", () -> "20" + digits(between(16, 22)));
        f.put("ean", () -> "69" + digits(11));
        f.put("hotline", () -> pick("400-800-" + digits(4), "95588", "12306", "10086", "400 " + digits(3) + " "
                + digits(4), "800-820-" + digits(4), "12345", "95555"));
        f.put("score", () -> between(0, 9) + ":" + between(0, 9));
        f.put("timestamp", () -> pick("17" + digits(8), "16" + digits(11)));
        f.put("badid", this::badResidentId);
        f.put("badcard", this::badCard);
        f.put("qqgroup", () -> String.valueOf(between(10000000, 999999999)));
        f.put("plainUrl", () -> pick("https://www.example.com/news/" + between(2015, 2024) + "/" + between(1, 12)
                        + "/article-" + digits(5) + ".html?page=" + between(1, 9),
                "http://blog.example.org/posts?id=" + digits(6) + "&sort=new",
                "www.example.cn/help/faq#section-" + between(1, 9),
                "https://example.com/search?q=token&lang=zh",
                "https://docs.example.io/api/v" + between(1, 3) + "/keys/list"));
        f.put("notEmail", () -> pick("@" + pick("小明", "阿杰", "team") , "name@localhost", "a@b", "user at example dot com",
                "foo@bar", "@@", "admin@"));
        f.put("mac", () -> String.format("%02X:%02X:%02X:%02X:%02X:%02X", between(0, 255), between(0, 255),
                between(0, 255), between(0, 255), between(0, 255), between(0, 255)));
        f.put("postal", () -> String.valueOf(between(100000, 850000)));
        f.put("stock", () -> pick("600519", "000001", "300750", "601318", "002594"));
        f.put("isbn", () -> "978-7-" + between(100, 999) + "-" + digits(5) + "-" + between(0, 9));
        f.put("serial", () -> pick("SN" + digits(12), "C02" + digits(9) + "X", "R" + digits(10), "ABC-" + digits(8)));
        f.put("badhk", this::badHongKongId);
        f.put("badtw", this::badTaiwanId);
        f.put("badip", () -> pick(between(256, 999) + "." + between(0, 255) + "." + between(0, 255) + "." + between(0, 255),
                between(1, 255) + "." + between(0, 255) + "." + between(0, 255),
                between(1, 255) + "." + between(0, 255) + "." + between(0, 255) + "." + between(0, 255) + "."
                        + between(0, 255)));
        f.put("badphone", () -> pick("1" + between(0, 2) + digits(9), "1" + between(3, 9) + digits(8),
                "1" + between(3, 9) + digits(10), "2" + digits(10)));
        f.put("phoneInLong", () -> digits(4) + mobileDigits() + digits(5));
        f.put("area", () -> pick("010", "021", "0755", "0571", "028"));
        f.put("chrome", () -> between(100, 130) + ".0." + between(5000, 6999) + "." + between(10, 250));
        f.put("tenDigits", () -> String.valueOf(between(1_000_000_000, 1_999_999_999)).replaceFirst("^1", "2"));
        f.put("sixDigits", () -> digits(6));
        f.put("imei", () -> {
            String body = pick("35", "86", "01", "49") + digits(12);
            return body + luhnDigit(body);
        });
        f.put("shopOrder", () -> between(1, 3) + digits(between(17, 18)));
        f.put("expiry", () -> String.format("%02d/%02d", between(1, 12), between(24, 30)));
        f.put("port", () -> pick("8080", "443", "3306", "6379", "22", "9000"));
        f.put("permit", () -> pick("H" + digits(8), "M" + digits(8), digits(8), "C" + digits(8)));
        return f;
    }

    // ------------------------------------------------------------------ positives

    private Map<String, Supplier<String>> positiveGenerators() {
        Map<String, Supplier<String>> p = new LinkedHashMap<>();
        p.put("phone", this::phone);
        p.put("phone2", this::phone);
        p.put("landline", this::landline);
        p.put("landline2", this::landline);
        p.put("id18", this::residentId18);
        p.put("id15", this::residentId15);
        p.put("bank", this::card);
        p.put("email", this::email);
        p.put("email2", this::email);
        p.put("ipv4", this::ipv4);
        p.put("ipv4b", this::ipv4);
        p.put("ipv6", this::ipv6);
        p.put("ipv6b", this::ipv6);
        p.put("url", this::secretUrl);
        p.put("qq", () -> String.valueOf(between(1, 9)) + digits(between(4, 10)));
        p.put("wechat", this::wechatId);
        p.put("wechatPhone", this::mobileDigits);
        p.put("phoneOrWechat", this::mobileDigits);
        p.put("hkid", this::hongKongId);
        p.put("hkidBare", () -> hongKongId().replaceAll("[()（）]", ""));
        p.put("landlineWide", () -> pick(THREE_DIGIT_AREAS) + "－" + between(2, 8) + digits(7));
        p.put("phoneWide", () -> {
            String m = mobileDigits();
            return m.substring(0, 3) + "－" + m.substring(3, 7) + "－" + m.substring(7);
        });
        p.put("phoneDotted", () -> {
            String m = mobileDigits();
            return m.substring(0, 3) + "." + m.substring(3, 7) + "." + m.substring(7);
        });
        p.put("emailUpper", () -> {
            String e = email();
            return e.substring(0, 1).toUpperCase() + e.substring(1, e.indexOf('@')) + e.substring(e.indexOf('@'))
                    .toUpperCase();
        });
        p.put("ipv6Upper", () -> ipv6().toUpperCase());
        p.put("urlMore", () -> switch (random.nextInt(5)) {
            case 0 -> "https://s3.amazonaws.com/files/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                    + token(20) + "&X-Amz-Signature=" + token(32).toLowerCase();
            case 1 -> "https://pan.example.com/s/" + token(8) + "?pwd=" + token(4).toLowerCase();
            case 2 -> "https://api.example.com/v2/search?q=hello&api_key=" + token(24);
            case 3 -> "http://" + pick("admin", "user") + ":" + token(8) + "@" + ipv4() + ":8080/manager";
            default -> "https://example.com/reset?user=" + pick("li", "wang") + "&password=" + token(10);
        });
        p.put("twid", this::taiwanId);
        return p;
    }

    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
            "139", "145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "170", "173",
            "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
            "193", "195", "198", "199"};

    private String mobileDigits() {
        return pick(MOBILE_PREFIXES) + digits(8);
    }

    private String phone() {
        String m = mobileDigits();
        String a = m.substring(0, 3);
        String b = m.substring(3, 7);
        String c = m.substring(7);
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3, 4 -> m;
            case 5 -> a + " " + b + " " + c;
            case 6 -> a + "-" + b + "-" + c;
            case 7 -> "+86 " + m;
            case 8 -> "+86-" + a + "-" + b + "-" + c;
            case 9 -> "+86" + m;
            case 10 -> "0086 " + m;
            default -> a + " " + b + c;
        };
    }

    private static final String[] THREE_DIGIT_AREAS = {"010", "020", "021", "022", "023", "024", "025", "027",
            "028", "029"};
    private static final String[] FOUR_DIGIT_AREAS = {"0311", "0351", "0371", "0431", "0451", "0512", "0532",
            "0551", "0571", "0574", "0591", "0731", "0755", "0757", "0769", "0791", "0851", "0871", "0898", "0931",
            "0991"};

    private String landline() {
        boolean three = random.nextBoolean();
        String area = three ? pick(THREE_DIGIT_AREAS) : pick(FOUR_DIGIT_AREAS);
        int length = three ? 8 : (random.nextInt(3) == 0 ? 7 : 8);
        String local = between(2, 8) + digits(length - 1);
        String split = length == 8 ? local.substring(0, 4) + pick(" ", "-") + local.substring(4)
                : local.substring(0, 3) + "-" + local.substring(3);
        String number = switch (random.nextInt(9)) {
            case 0, 1, 2 -> area + "-" + local;
            case 3 -> "(" + area + ")" + local;
            case 4 -> "（" + area + "）" + local;
            case 5 -> area + " " + split;
            case 6 -> area + local;
            case 7 -> "+86-" + area.substring(1) + "-" + local;
            default -> area + "-" + split;
        };
        return switch (random.nextInt(8)) {
            case 0 -> number + "-" + digits(between(2, 4));
            case 1 -> number + "转" + digits(between(2, 4));
            default -> number;
        };
    }

    private static final String[] REGIONS = {"110101", "110105", "110108", "120101", "130102", "140105", "150102",
            "210102", "220102", "230102", "310101", "310104", "310115", "320102", "320106", "330102", "330106",
            "340102", "350102", "360102", "370102", "410102", "420102", "420111", "430102", "440103", "440106",
            "440305", "450102", "460105", "500101", "510104", "510107", "520102", "530102", "540102", "610102",
            "620102", "630102", "640104", "650102"};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** GB 11643's check character of 17 digits (written here again, independent of the code under test). */
    static char gb11643(String first17) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * ID_WEIGHTS[k];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private String birthDate(int fromYear, int toYear) {
        int y = between(fromYear, toYear);
        int m = between(1, 12);
        int d = between(1, m == 2 ? 28 : 30);
        return String.format("%04d%02d%02d", y, m, d);
    }

    private String residentId18() {
        String body = pick(REGIONS) + birthDate(1940, 2012) + digits(3);
        String id = body + gb11643(body);
        if (id.endsWith("X") && random.nextInt(4) == 0) {
            id = id.substring(0, 17) + "x";
        }
        return random.nextInt(8) == 0 ? id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) : id;
    }

    private String residentId15() {
        return pick(REGIONS) + birthDate(1935, 1999).substring(2) + digits(3);
    }

    /** The Luhn check digit of {@code body} (written here again, independent of the code under test). */
    static int luhnDigit(String body) {
        int sum = 0;
        for (int k = body.length() - 1, pos = 0; k >= 0; k--, pos++) {
            int v = body.charAt(k) - '0';
            if (pos % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return (10 - sum % 10) % 10;
    }

    private String card() {
        String prefix = pick("622202", "621700", "622848", "622588", "621226", "623058", "622609", "625965", "4367",
                "4392", "4563", "51", "53", "55", "62148");
        int length = prefix.startsWith("62") ? pick("16", "19", "16").equals("16") ? 16 : 19 : 16;
        String body = prefix + digits(length - 1 - prefix.length());
        String number = body + luhnDigit(body);
        return switch (random.nextInt(5)) {
            case 0 -> grouped(number, " ");
            case 1 -> grouped(number, "-");
            default -> number;
        };
    }

    private static String grouped(String number, String separator) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < number.length(); k += 4) {
            if (k > 0) {
                b.append(separator);
            }
            b.append(number, k, Math.min(k + 4, number.length()));
        }
        return b.toString();
    }

    private String email() {
        String local = switch (random.nextInt(6)) {
            case 0 -> String.valueOf(between(10000, 1999999999));
            case 1 -> pick("zhangwei", "lina", "wangfang", "liuyang", "chenjing", "hr", "service", "job")
                    + between(1, 999);
            case 2 -> pick("zhang", "li", "wang", "chen") + "." + pick("san", "si", "wei", "min");
            case 3 -> pick("wang_fang", "xiao-ming", "tom.lee", "hello_world") + pick("", "88", "2023");
            default -> pick("kefu", "support", "admin", "contact", "bd", "press");
        };
        String domain = pick("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com",
                "example.com.cn", "alibaba-inc.com", "pku.edu.cn", "mail.tsinghua.edu.cn", "yeah.net", "hotmail.com");
        return local + "@" + domain;
    }

    private String ipv4() {
        return switch (random.nextInt(4)) {
            case 0 -> "192.168." + between(0, 255) + "." + between(1, 254);
            case 1 -> "10." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
            case 2 -> "172." + between(16, 31) + "." + between(0, 255) + "." + between(1, 254);
            default -> between(1, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
        };
    }

    private String hexGroup() {
        return Integer.toHexString(random.nextInt(0x10000));
    }

    private String ipv6() {
        return switch (random.nextInt(6)) {
            case 0 -> {
                StringBuilder b = new StringBuilder("2001:0db8");
                for (int k = 0; k < 6; k++) {
                    b.append(':').append(String.format("%04x", random.nextInt(0x10000)));
                }
                yield b.toString();
            }
            case 1 -> "2001:db8::" + hexGroup() + ":" + between(1, 9999);
            case 2 -> "fe80::" + hexGroup() + ":" + hexGroup() + ":" + between(1, 9) + hexGroup().substring(0, 1);
            case 3 -> "::1";
            case 4 -> "::ffff:" + ipv4();
            default -> "240e:" + hexGroup() + ":" + between(1, 999) + "::" + between(1, 99);
        };
    }

    private String token(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private String secretUrl() {
        return switch (random.nextInt(7)) {
            case 0 -> "https://api.example.com/v1/user/info?access_token=" + token(24);
            case 1 -> "https://" + pick("admin", "dev", "root") + ":" + token(10) + "@git.example.com/repo.git";
            case 2 -> "http://download.example.cn/file?name=report.pdf&sign=" + token(16) + "&t=" + digits(10);
            case 3 -> "https://bucket.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=" + token(16) + "&Expires="
                    + digits(10) + "&Signature=" + token(20);
            case 4 -> "https://example.com/oauth/callback#access_token=" + token(20) + "&expires_in=3600";
            case 5 -> "https://hooks.example.com/services/notify?key=" + token(12);
            default -> "ftp://backup:" + token(8) + "@" + ipv4() + "/db/";
        };
    }

    private String wechatId() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String start = String.valueOf(letters.charAt(random.nextInt(26)));
        return switch (random.nextInt(4)) {
            case 0 -> "wxid_" + token(12).toLowerCase();
            case 1 -> start + pick("zhang", "li", "wang", "xiao") + "_" + digits(between(2, 4));
            case 2 -> start + token(between(6, 12)).toLowerCase() + digits(2);
            default -> pick("Tom", "Amy", "Leo", "Kiki") + digits(between(4, 8));
        };
    }

    /** The Hong Kong check character (written here again, independent of the code under test). */
    static char hongKongCheck(String letters, String digits6) {
        int sum = letters.length() == 1 ? 9 * 36 + 8 * (letters.charAt(0) - 'A' + 10)
                : 9 * (letters.charAt(0) - 'A' + 10) + 8 * (letters.charAt(1) - 'A' + 10);
        for (int k = 0; k < 6; k++) {
            sum += (7 - k) * (digits6.charAt(k) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    private String hongKongId() {
        String letters = random.nextInt(5) == 0 ? "" + (char) ('A' + random.nextInt(26)) + (char) ('A'
                + random.nextInt(26)) : "" + pick("A", "C", "D", "E", "G", "H", "K", "M", "P", "R", "V", "Y", "Z");
        String d = digits(6);
        char check = hongKongCheck(letters, d);
        return letters + d + (random.nextBoolean() ? "(" + check + ")" : "（" + check + "）");
    }

    private static final String TAIWAN_CODES = "10 11 12 13 14 15 16 17 34 18 19 20 21 22 35 23 24 25 26 27 28 29 32 30 31 33";

    /** The Taiwan check digit (written here again, independent of the code under test). */
    static int taiwanCheck(char letter, String first8) {
        int code = Integer.parseInt(TAIWAN_CODES.split(" ")[letter - 'A']);
        int sum = code / 10 + (code % 10) * 9;
        for (int k = 0; k < 8; k++) {
            sum += (first8.charAt(k) - '0') * (8 - k);
        }
        return (10 - sum % 10) % 10;
    }

    private String taiwanId() {
        char letter = (char) ('A' + random.nextInt(26));
        String first8 = between(1, 2) + digits(7);
        return "" + letter + first8 + taiwanCheck(letter, first8);
    }

    // ------------------------------------------------------------------ look-alikes that must not match

    private String badResidentId() {
        return switch (random.nextInt(3)) {
            case 0 -> { // a wrong check character
                String body = pick(REGIONS) + birthDate(1950, 2010) + digits(3);
                char right = gb11643(body);
                char wrong;
                do {
                    wrong = "0123456789X".charAt(random.nextInt(11));
                } while (wrong == right);
                yield body + wrong;
            }
            case 1 -> { // an impossible birth date, with a right check character
                String body = pick(REGIONS) + between(1950, 2010) + pick("13", "00", "02") + pick("30", "31", "00")
                        + digits(3);
                yield body + gb11643(body);
            }
            default -> { // no such province
                String body = pick("90", "99", "00", "19", "29", "70") + digits(4) + birthDate(1950, 2010) + digits(3);
                yield body + gb11643(body);
            }
        };
    }

    private String badCard() {
        String prefix = pick("622202", "621700", "4367", "5321", "6225");
        int length = 16;
        String body = prefix + digits(length - 1 - prefix.length());
        int wrong = (luhnDigit(body) + between(1, 9)) % 10;
        String number = body + wrong;
        return random.nextInt(3) == 0 ? grouped(number, " ") : number;
    }

    private String badHongKongId() {
        String letter = pick("A", "B", "C", "K", "Z");
        String d = digits(6);
        char right = hongKongCheck(letter, d);
        char wrong;
        do {
            wrong = "0123456789A".charAt(random.nextInt(11));
        } while (wrong == right);
        return letter + d + "(" + wrong + ")";
    }

    private String badTaiwanId() {
        char letter = (char) ('A' + random.nextInt(26));
        String first8 = between(1, 2) + digits(7);
        return "" + letter + first8 + (taiwanCheck(letter, first8) + between(1, 9)) % 10;
    }
}
