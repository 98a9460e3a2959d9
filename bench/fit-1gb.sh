#!/usr/bin/env bash
# zhpipe fit on a large corpus in a small heap: wall time, peak RSS and the fit's own summary.
#
# 1. Writes a corpus of at least SIZE_MB MB (default 1100, i.e. more than 1 GiB) by repeating the SIGHAN 2005 test
#    sentences (pku_test.utf8 then msr_test.utf8, CR removed, one document per line), as the benchmarks' Corpus does,
#    to CORPUS_DIR (default $TMPDIR/zhpipe-fit-corpus); a corpus of that size already there is reused.
# 2. Runs the command-line jar the ./zhpipe launcher runs (cli/target/zhpipe.jar; built first if missing or older
#    than the sources) under /usr/bin/time -v:
#      java -Xmx512m -jar cli/target/zhpipe.jar fit -p SPEC -i CORPUS -o OUT/fitted.json
#
# Environment: SIZE_MB (1100), XMX (512m), WORKERS (zhpipe's default: cores - 1), SPEC (the pipeline below),
# SIGHAN (../shared/eval/sighan2005 from the project root), CORPUS_DIR, OUT (a new temporary folder), MVN_FLAGS
# (extra Maven flags for the build, e.g. -o).
#   bench/fit-1gb.sh
#   SIZE_MB=20 bench/fit-1gb.sh        # a quick check
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
size_mb="${SIZE_MB:-1100}"
xmx="${XMX:-512m}"
spec="${SPEC:-halfwidth,convert:t2s,filter:cjk_ascii,segment,stopwords,tfidf}"
sighan="${SIGHAN:-$root/../shared/eval/sighan2005}"
corpus_dir="${CORPUS_DIR:-${TMPDIR:-/tmp}/zhpipe-fit-corpus}"
out="${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/zhpipe-fit-out.XXXXXX")}"
jar="$root/cli/target/zhpipe.jar"

[[ "$size_mb" =~ ^[1-9][0-9]*$ ]] || { echo "fit-1gb: SIZE_MB must be a whole number of MB, not '$size_mb'" >&2; exit 2; }
for f in pku_test.utf8 msr_test.utf8; do
  [[ -r "$sighan/$f" ]] || { echo "fit-1gb: $sighan/$f not found; set SIGHAN to the sighan2005 folder" >&2; exit 2; }
done

if [[ ! -x /usr/bin/time ]]; then
  echo "fit-1gb: installing GNU time (/usr/bin/time)..." >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
fi

# 1. the corpus
mkdir -p "$corpus_dir" "$out"
corpus="$corpus_dir/sighan-x-${size_mb}mb.txt"
if [[ -s "$corpus" ]]; then
  echo "fit-1gb: reusing $corpus" >&2
else
  once="$corpus_dir/sighan-once.txt"
  cat "$sighan/pku_test.utf8" "$sighan/msr_test.utf8" | tr -d '\r' > "$once"
  once_bytes=$(stat -c %s "$once")
  repeats=$(( (size_mb * 1000000 + once_bytes - 1) / once_bytes ))
  echo "fit-1gb: writing $corpus ($repeats copies of $once_bytes bytes)..." >&2
  for (( i = 0; i < repeats; i++ )); do cat "$once"; done > "$corpus.part"
  mv "$corpus.part" "$corpus"
  rm -f "$once"
fi
corpus_bytes=$(stat -c %s "$corpus")
corpus_lines=$(wc -l < "$corpus")

# 2. the jar, built as ./zhpipe builds it
if [[ ! -f "$jar" || -n "$(find "$root/pom.xml" "$root/pipeline/pom.xml" "$root/cli/pom.xml" \
        "$root/pipeline/src/main" "$root/cli/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
  echo "fit-1gb: building $jar..." >&2
  # shellcheck disable=SC2086 # MVN_FLAGS is a word list on purpose
  (cd "$root" && mvn -B -q -DskipTests ${MVN_FLAGS:-} -pl cli -am package)
fi

workers=()
[[ -n "${WORKERS:-}" ]] && workers=(-j "$WORKERS")
log="$out/fit.log"
echo "fit-1gb: corpus $corpus: $corpus_bytes bytes ($(( corpus_bytes / 1000000 )) MB), $corpus_lines lines" >&2
echo "fit-1gb: java -Xmx$xmx -jar $jar fit -p '$spec' -i $corpus -o $out/fitted.json ${workers[*]}" >&2
status=0
/usr/bin/time -v java "-Xmx$xmx" -jar "$jar" fit -p "$spec" -i "$corpus" -o "$out/fitted.json" --no-progress \
    "${workers[@]}" 2> "$log" || status=$?

grep -E '^zhpipe:' "$log" || true
grep -E 'Elapsed \(wall clock\) time|Maximum resident set size|User time|System time|Percent of CPU' "$log" \
    | sed 's/^[[:space:]]*/  /' || true
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
[[ -n "$rss_kb" ]] && echo "  max RSS: $(( rss_kb / 1024 )) MiB (heap limit -Xmx$xmx)"
echo "fit-1gb: output in $out (full log: $log); corpus kept in $corpus_dir"
if [[ $status -ne 0 ]]; then
  echo "fit-1gb: zhpipe fit failed with status $status; the log:" >&2
  cat "$log" >&2
fi
exit "$status"
