package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Tokens;

/**
 * One pipeline shared by 8 threads gives exactly what one thread gives. Lines: the SIGHAN 2005 PKU test set when
 * {@code ../shared} is there, else built-in sentences with variations.
 */
class SegmenterThreadSafetyTest {
    private static final int THREADS = 8;

    private static final List<String> BUILT_IN = List.of(
            "我爱北京天安门",
            "他说的确实在理",
            "南京市长江大桥",
            "研究生命起源",
            "结婚的和尚未结婚的",
            "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
            "GPT-4 发布于 2024年，访问 https://example.com/a?b=1 或写信给 a.b@example.com。",
            "价格 3.14 元，1,000 人，增长 50%。",
            "記憶體很大",
            "𠀀😀中文👍🏽",
            "iPhone15发布了，售价５９９９元！",
            "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
            "我来到北京清华大学",
            "他来到了网易杭研大厦",
            "永和服装饰品有限公司",
            "我们中出了一个叛徒",
            "1998年12月31日，国家主席江泽民发表1999年新年讲话",
            "今天天气不错，适合出去玩",
            "自然语言处理是人工智能的一个重要方向",
            "这是一个伸手不见五指的黑夜。我叫孙悟空，我爱北京，我爱Python和C++。",
            "我不喜欢日本和服。",
            "雷猴回归人间。",
            "他骑自行车去了菜市场",
            "上海浦东开发与法制建设同步",
            "新华社北京十二月三十一日电",
            "中华人民共和国成立了",
            "我们在野生动物园玩",
            "长春市长春节讲话",
            "乒乓球拍卖完了",
            "吉林省长春药店",
            "人要是行，干一行行一行，一行行行行行",
            "羽毛球拍卖完了",
            "发展中国家",
            "已经开始的项目",
            "他说：“你好！”然后走了……",
            "Don't use e_mail 3D - x",
            "naïve café résumé",
            "王晓明和李小红在北京大学读书",
            "欧阳修是北宋文学家",
            "中国科学技术大学的学生",
            "商品和服务",
            "结合成分子时",
            "下雨天留客天留我不留",
            "他的确实在理",
            "美国总统特朗普访问中国",
            "这个门把手坏了，请把手拿开",
            "将军任命了一名中将",
            "2024年第一季度GDP同比增长5.3%",
            "联系电话：010-12345678，邮箱 info@example.org",
            "见https://a.com/x。又见www.example.com，");

    /** Lines to segment: at least 500, varied. */
    private static List<String> lines() throws IOException {
        Path pku = Path.of(System.getProperty("zhpipe.root", ".")).resolve("../shared/eval/sighan2005/pku_test.utf8");
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(pku)) {
            for (String line : Files.readAllLines(pku, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        lines.addAll(BUILT_IN);
        for (int i = 0; lines.size() < 600; i++) {
            String a = BUILT_IN.get(i % BUILT_IN.size());
            String b = BUILT_IN.get((i * 7 + 3) % BUILT_IN.size());
            lines.add(i % 3 == 0 ? a + b : i % 3 == 1 ? b + " " + i + " " + a : a.substring(a.length() / 2) + b);
        }
        return lines;
    }

    /** Each token as {@code term[start,end)TYPE/tag}. */
    private static String render(Tokens t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            sb.append(t.term(i)).append('[').append(t.start(i)).append(',').append(t.end(i)).append(')')
                    .append(t.type(i)).append('/').append(t.hasTags() ? t.tag(i) : "").append(' ');
        }
        return sb.toString();
    }

    private static List<String> singleThreaded(Pipeline pipeline, List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(render(pipeline.process(line).tokens()));
        }
        return out;
    }

    /** Runs all lines on {@code THREADS} threads at once, each starting at a different line; checks each output. */
    private static void assertSameOnThreads(Pipeline pipeline, List<String> lines, List<String> expected)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * lines.size() / THREADS;
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    for (int k = 0; k < lines.size(); k++) {
                        int i = (offset + k) % lines.size();
                        assertEquals(expected.get(i), render(pipeline.process(lines.get(i)).tokens()),
                                "line " + i + ": " + lines.get(i));
                        checked++;
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertEquals(lines.size(), f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void viterbiAndForwardMatchingShareADictionary() throws Exception {
        List<String> lines = lines();
        assertTrue(lines.size() >= 500, "lines: " + lines.size());
        ResourceCache resources = new ResourceCache();
        Pipeline viterbi = Spec.parseInline("halfwidth,segment:viterbi;dictionary=jieba;pos=true").build(resources);
        Pipeline fmm = Spec.parseInline("segment:fmm;dictionary=jieba;mode=search").build(resources);
        assertEquals(2, resources.size(), "jieba's word list and the HMM, each loaded once");
        List<String> expectedViterbi = singleThreaded(viterbi, lines);
        List<String> expectedFmm = singleThreaded(fmm, lines);
        assertSameOnThreads(viterbi, lines, expectedViterbi);
        assertSameOnThreads(fmm, lines, expectedFmm);
    }

    @Test
    void bidirectionalMatchingBuildsItsReversedTrieOnceUnderContention() throws Exception {
        List<String> lines = lines();
        // the expected output from one dictionary, the contended run on a fresh one whose reversed trie is built
        // lazily by whichever thread comes first
        List<String> expected = singleThreaded(
                Spec.parseInline("segment:bimm;dictionary=jieba").build(new ResourceCache()), lines);
        Pipeline fresh = Spec.parseInline("segment:bimm;dictionary=jieba").build(new ResourceCache());
        assertSameOnThreads(fresh, lines, expected);
    }
}
