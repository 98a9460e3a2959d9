#!/usr/bin/env bash
# zhpipe dedup on a large corpus in a small heap: wall time, peak RSS, peak size of the temporary folder.
#
# 1. Writes a JSONL corpus of SIZE_MB MB (default 1000) with planted near duplicates (org.zhpipe.bench.dedup.LargeCorpus,
#    from the SIGHAN 2005 gold files) into a new folder under $TMPDIR (never the repository).
# 2. Runs the command-line jar under /usr/bin/time -v with its temporary folder inside that folder, whose size a
#    background loop samples every second:
#      java -Xmx1g -Djava.io.tmpdir=WORK/tmp -jar cli/target/zhpipe.jar dedup -s samples/specs/dedup.json \
#          -i WORK/corpus.jsonl -o WORK/unique.jsonl --id-field id -j 2 --memory 64M --verify estimate
# 3. Deletes the folder (KEEP=1 keeps it).
#
# Needs bench/target/benchmarks.jar and cli/target/zhpipe.jar (mvn -B -o -q package -DskipTests).
# Environment: SIZE_MB (1000), XMX (1g), WORKERS (2), MEMORY (64M), VERIFY (estimate; or exact),
#   SIGHAN (../shared/eval/sighan2005), KEEP.
#   bench/dedup-1gb.sh
#   SIZE_MB=20 bench/dedup-1gb.sh        # a quick check
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
size_mb="${SIZE_MB:-1000}"
sighan="${SIGHAN:-$root/../shared/eval/sighan2005}"
for jar in "$root/bench/target/benchmarks.jar" "$root/cli/target/zhpipe.jar"; do
  [[ -f "$jar" ]] || { echo "dedup-1gb: $jar missing: run 'mvn -B -o -q package -DskipTests' first" >&2; exit 2; }
done
[[ -r "$sighan/pku_test_gold.utf8" ]] || { echo "dedup-1gb: no SIGHAN 2005 in $sighan; set SIGHAN" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/zhpipe-dedup-1gb.XXXXXX")"
[[ "${KEEP:-}" == 1 ]] || trap 'rm -rf "$work"' EXIT
mkdir "$work/tmp"
java -cp "$root/bench/target/benchmarks.jar" org.zhpipe.bench.dedup.LargeCorpus "$sighan" "$work/corpus.jsonl" \
    "$size_mb"

( peak=0
  while [[ ! -f "$work/done" ]]; do
    size=$(du -sb "$work/tmp" 2>/dev/null | cut -f1)
    (( size > peak )) && peak=$size && echo "$peak" > "$work/peak"
    sleep 1
  done ) &
status=0
/usr/bin/time -v java "-Xmx${XMX:-1g}" "-Djava.io.tmpdir=$work/tmp" -jar "$root/cli/target/zhpipe.jar" dedup \
    -s "$root/samples/specs/dedup.json" -i "$work/corpus.jsonl" -o "$work/unique.jsonl" --id-field id \
    -j "${WORKERS:-2}" --memory "${MEMORY:-64M}" --verify "${VERIFY:-estimate}" --no-progress 2> "$work/log" || status=$?
touch "$work/done"
wait

grep -E '^zhpipe:' "$work/log" || cat "$work/log" >&2
grep -E 'Elapsed \(wall clock\) time|Maximum resident set size|User time' "$work/log" | sed 's/^[[:space:]]*/  /'
echo "  peak temporary folder: $(( $(cat "$work/peak" 2>/dev/null || echo 0) / 1000000 )) MB (sampled every second)"
exit "$status"
