#!/usr/bin/env python3
"""Runs zhpipe beside its peers in one run and prints the README's performance table (Markdown) with every ratio.

Whole-process pairs are run in turn (A B A B ...) and compared by the median of the pair-by-pair ratios, so a
machine whose speed drifts during the run still gives a fair ratio; in-process speeds come from JMH (SegmentBenchmark,
ConvertBenchmark) with the peers in the same fork settings. A peer that is not installed (OpenCC's CLI, Python's
jieba) is listed as skipped, with how to install it.

    bench/peers.py                       # from the project root; needs ../shared/eval/sighan2005 (or --corpus)
    bench/peers.py --quick               # fewer runs and shorter JMH iterations: minutes, for a first look
    bench/peers.py --out /tmp/peers.md   # also write the table to a file

Python 3 and Java 17 are needed; the jars are built first (mvn -B -q -DskipTests -pl cli,bench -am package) unless
--no-build is given.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZHPIPE = os.path.join(ROOT, "zhpipe")
BENCH_JAR = os.path.join(ROOT, "bench", "target", "benchmarks.jar")
CLEAN_SPEC = os.path.join(ROOT, "samples", "specs", "clean.json")

# the peers written in Python: each reads a file and writes one, as the zhpipe command beside it does
PY_LINE_COPY = """
import sys
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8') as o:
    for line in f:
        o.write(line)
"""
PY_JSON_LOOP = """
import sys, json
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8') as o:
    for line in f:
        d = json.loads(line)
        d['text'] = d['text']
        o.write(json.dumps(d, ensure_ascii=False))
        o.write('\\n')
"""
PY_JIEBA = """
import sys, jieba
jieba.setLogLevel(60)
jieba.initialize()
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8') as o:
    for line in f:
        o.write(' '.join(jieba.cut(line.rstrip('\\n'))))
        o.write('\\n')
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_once(command):
    """Wall seconds of one run of command (a list); its output is thrown away; a failure stops the script."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("peers.py: failed (exit %d): %s\n%s" % (done.returncode, " ".join(command),
                                                          done.stderr.decode("utf-8", "replace")[-2000:]))
    return seconds


def pair(a, b, runs, warmup=1):
    """Runs a and b in turn; returns (median seconds of a, median of b, median of the pair-by-pair ratios b/a)."""
    for _ in range(warmup):
        run_once(a)
        run_once(b)
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        ta = run_once(a)
        tb = run_once(b)
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(tb / ta)
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def make_inputs(corpus, work, size_mb):
    """The SIGHAN test text repeated to size_mb MB of lines, the same as JSONL records, and its first 20 MB."""
    source = []
    for name in ("pku_test.utf8", "msr_test.utf8"):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            source.extend(line.rstrip("\r\n") for line in f if line.strip())
    lines = os.path.join(work, "lines.txt")
    small = os.path.join(work, "lines-20mb.txt")
    jsonl = os.path.join(work, "docs.jsonl")
    target = size_mb * 1_000_000
    written = 0
    n = 0
    with open(lines, "w", encoding="utf-8") as out, open(jsonl, "w", encoding="utf-8") as js, \
            open(small, "w", encoding="utf-8") as sm:
        while written < target:
            for line in source:
                data = line + "\n"
                size = len(data.encode("utf-8"))
                out.write(data)
                if written < 20_000_000:
                    sm.write(data)
                js.write(json.dumps({"id": n, "url": "https://news.example.cn/a/%d.html" % n, "text": line,
                                     "lang": "zh", "score": 0.5 + (n % 7) / 10}, ensure_ascii=False) + "\n")
                written += size
                n += 1
                if written >= target:
                    break
    return lines, small, jsonl, n


def mb(path):
    return os.path.getsize(path) / 1e6


def whole_process(args, work, lines, small, jsonl):
    """The whole-process rows: (what, zhpipe seconds, peer, peer seconds, ratio, command)."""
    rows = []
    runs = args.runs
    py = sys.executable
    line_copy = os.path.join(work, "line_copy.py")
    json_loop = os.path.join(work, "json_loop.py")
    with open(line_copy, "w") as f:
        f.write(PY_LINE_COPY)
    with open(json_loop, "w") as f:
        f.write(PY_JSON_LOOP)
    out = os.path.join(work, "out.txt")
    out_jsonl = os.path.join(work, "out.jsonl")
    size = "%.0f MB" % mb(lines)

    def zh(*rest, output=out):
        return [ZHPIPE, "run", "-q", *rest, "-o", output]

    log("whole process: run -p halfwidth vs a python line copy (%s)" % size)
    a, b, r = pair(zh("-p", "halfwidth", "-i", lines), [py, line_copy, lines, out], runs)
    rows.append(("`run -p halfwidth`, %s of lines" % size, a, "python3 line copy (read UTF-8, write)", b, r))
    log("whole process: run -s clean.json vs a python line copy")
    a, b, r = pair(zh("-s", CLEAN_SPEC, "-i", lines), [py, line_copy, lines, out], runs)
    rows.append(("`run -s samples/specs/clean.json`, %s of lines" % size, a, "python3 line copy", b, r))
    log("whole process: JSONL vs python json.loads/json.dumps")
    a, b, r = pair(zh("-p", "halfwidth", "-i", jsonl, output=out_jsonl), [py, json_loop, jsonl, out_jsonl], runs)
    rows.append(("`run -p halfwidth`, %.0f MB of JSONL (5 fields)" % mb(jsonl), a,
                 "python3 `json.loads`/`json.dumps` loop", b, r))
    if (os.cpu_count() or 1) >= 2:
        log("whole process: segment,stopwords with -j 2 vs -j 1")
        a, b, r = pair(zh("-j", "2", "-p", "segment,stopwords", "-i", lines),
                       zh("-j", "1", "-p", "segment,stopwords", "-i", lines), max(2, runs - 1))
        rows.append(("`run -j 2 -p segment,stopwords`, %s" % size, a, "the same with `-j 1`", b, r))
    log("whole process: one-shot start-up vs java -version")
    a, b, r = pair([ZHPIPE, "run", "-p", "halfwidth", "你好"], ["java", "-version"], max(10, 4 * runs), warmup=3)
    rows.append(("one-shot `zhpipe run -p halfwidth 你好`", a, "`java -version`", b, r))
    opencc = shutil.which("opencc")
    s2t = next((p for p in ("/usr/share/opencc/s2t.json", "/usr/local/share/opencc/s2t.json") if os.path.exists(p)),
               "s2t.json")
    if opencc:
        log("whole process: convert:s2t vs OpenCC's CLI")
        a, b, r = pair(zh("-p", "convert:s2t", "-i", small), [opencc, "-c", s2t, "-i", small, "-o", out], runs)
        rows.append(("`run -p convert:s2t`, %.0f MB" % mb(small), a, "OpenCC's CLI `opencc -c s2t.json`", b, r))
    else:
        rows.append(("`run -p convert:s2t`", None, "OpenCC's CLI: not installed (`apt-get install opencc`)", None,
                     None))
    # Debian's python3-jieba is for the system's python3, which may not be the one running this script
    jieba_python = next((p for p in (py, "/usr/bin/python3") if os.path.exists(p) and subprocess.run(
        [p, "-c", "import jieba"], capture_output=True).returncode == 0), None)
    if jieba_python:
        jieba_script = os.path.join(work, "jieba_cut.py")
        with open(jieba_script, "w") as f:
            f.write(PY_JIEBA)
        log("whole process: segment vs Python's jieba")
        a, b, r = pair(zh("-p", "segment", "-i", small), [jieba_python, jieba_script, small, out], max(2, runs - 2))
        rows.append(("`run -p segment`, %.0f MB" % mb(small), a, "Python jieba `jieba.cut` (default mode, HMM)", b,
                     r))
    else:
        rows.append(("`run -p segment`", None, "Python jieba: not installed (`apt-get install python3-jieba`)",
                     None, None))
    return rows


def jmh(args, benchmark, extra):
    """Runs one JMH benchmark class; returns {method name: (score in the inputMchars or inputMB unit, error)}."""
    result = os.path.join(args.work, benchmark + ".json")
    timing = ["-f", "1", "-wi", "2", "-w", "2", "-i", "3", "-r", "2"] if args.quick else \
        ["-f", "1", "-wi", "3", "-w", "3", "-i", "5", "-r", "3"]
    command = ["java", "-jar", BENCH_JAR, benchmark, *timing, *extra, "-p", "corpus=" + args.corpus,
               "-rf", "json", "-rff", result]
    log("JMH: " + " ".join(command))
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    if done.returncode != 0:
        sys.exit("peers.py: JMH failed: %s\n%s" % (" ".join(command), done.stderr.decode("utf-8", "replace")[-2000:]))
    scores = {}
    with open(result) as f:
        for entry in json.load(f):
            name = entry["benchmark"].rsplit(".", 1)[1]
            spec = entry.get("params", {}).get("spec")
            key = name + ("[" + spec + "]" if spec else "")
            secondary = entry.get("secondaryMetrics", {})
            unit = "inputMchars" if benchmark.startswith("Segment") else "inputMB"
            metric = secondary.get(unit) or entry["primaryMetric"]
            scores[key] = (metric["score"], metric["scoreError"])
    return scores, " ".join(command[3:]).replace(result, "FILE")


def fmt_seconds(s):
    return "—" if s is None else "%.2f s" % s


def fmt_ratio(r):
    return "—" if r is None else "**%.2f×**" % r


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "eval", "sighan2005"))
    parser.add_argument("--size-mb", type=int, default=287, help="size of the whole-process input (default 287, as issue 18 measured)")
    parser.add_argument("--runs", type=int, default=3, help="measured pairs per whole-process row (default 3)")
    parser.add_argument("--quick", action="store_true", help="2 runs per pair, short JMH iterations")
    parser.add_argument("--no-build", action="store_true", help="use the jars as they are")
    parser.add_argument("--no-jmh", action="store_true", help="whole-process rows only")
    parser.add_argument("--out", help="also write the Markdown to this file")
    args = parser.parse_args()
    if args.quick:
        args.runs = 2
    if not os.path.isdir(args.corpus):
        sys.exit("peers.py: the SIGHAN 2005 corpus is not at %s: give --corpus DIR (the folder with pku_test.utf8 "
                 "and msr_test.utf8)" % args.corpus)
    args.corpus = os.path.abspath(args.corpus)
    if not args.no_build:
        log("building: mvn -B -q -DskipTests -pl cli,bench -am package")
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "-pl", "cli,bench", "-am", "package"], cwd=ROOT,
                       check=True)
    subprocess.run([ZHPIPE, "run", "-p", "halfwidth", "warm"], stdout=subprocess.DEVNULL, check=True)  # archive
    with tempfile.TemporaryDirectory(prefix="zhpipe-peers-") as work:
        args.work = work
        lines, small, jsonl, records = make_inputs(args.corpus, work, args.size_mb)
        log("inputs: %.1f MB of lines (%d records), %.1f MB of JSONL" % (mb(lines), records, mb(jsonl)))
        rows = whole_process(args, work, lines, small, jsonl)
        md = ["## zhpipe beside its peers (%s, %d cores)" % (time.strftime("%Y-%m-%d"), os.cpu_count() or 1), "",
              "Whole process (JVM start, reading and writing included); median of %d alternating pairs; ratio = "
              "peer's time / zhpipe's (above 1: zhpipe is faster):" % args.runs, "",
              "| zhpipe | time | peer | time | ratio |", "|---|---:|---|---:|---:|"]
        for what, a, peer, b, r in rows:
            md.append("| %s | %s | %s | %s | %s |" % (what, fmt_seconds(a), peer, fmt_seconds(b), fmt_ratio(r)))
        if not args.no_jmh:
            seg, seg_command = jmh(args, "SegmentBenchmark",
                                   ["-p", "spec=segment,segment:fmm", "-p", "targetMb=10"])
            conv, conv_command = jmh(args, "ConvertBenchmark", ["-p", "targetMb=20"])
            md += ["", "In process (JMH, one thread, one document per line; ratio = zhpipe / peer):", "",
                   "| zhpipe | speed | peer | speed | ratio |", "|---|---:|---|---:|---:|"]
            pairs = [
                ("`segment` (viterbi + HMM)", seg.get("zhpipe[segment]"), "HanLP 1.8.6 standard",
                 seg.get("hanlpStandard"), "M chars/s"),
                ("`segment` (viterbi + HMM)", seg.get("zhpipe[segment]"), "jieba-analysis 1.0.2 (HMM)",
                 seg.get("jiebaSearch"), "M chars/s"),
                ("`segment:fmm`", seg.get("zhpipe[segment:fmm]"), "HanLP 1.8.6 `dat` (double-array maximum match)",
                 seg.get("hanlpSpeed"), "M chars/s"),
                ("s2t `OpenccConverter`", conv.get("zhpipeS2t"), "HanLP 1.8.6 s2t", conv.get("hanlpS2t"), "MB/s"),
                ("t2s `OpenccConverter`", conv.get("zhpipeT2s"), "HanLP 1.8.6 t2s", conv.get("hanlpT2s"), "MB/s"),
                ("s2t `OpenccConverter`", conv.get("zhpipeS2t"), "opencc4j 1.8.1 s2t", conv.get("opencc4jS2t"),
                 "MB/s"),
                ("s2t `convert` stage (alignment kept)", conv.get("zhpipeStageS2t"), "bare s2t conversion",
                 conv.get("zhpipeS2t"), "MB/s"),
            ]
            for what, mine, peer, theirs, unit in pairs:
                if mine and theirs:
                    md.append("| %s | %.1f ± %.1f %s | %s | %.1f ± %.1f %s | **%.2f×** |" % (
                        what, mine[0], mine[1], unit, peer, theirs[0], theirs[1], unit, mine[0] / theirs[0]))
            md += ["", "```sh", "java -jar bench/target/benchmarks.jar " + seg_command,
                   "java -jar bench/target/benchmarks.jar " + conv_command, "```"]
        md += ["", "Reproduce: `bench/peers.py%s` (from the project root)." % (" --quick" if args.quick else "")]
        text = "\n".join(md) + "\n"
        print(text)
        if args.out:
            with open(args.out, "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
