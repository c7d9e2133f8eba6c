#!/usr/bin/env bash
# Runs durable-check on the held-out tree and scores it against labels.tsv.
#   bench/temporal/run.sh [TREE] [JAR]
# TREE: the held-out tree from make-tree.sh (default /tmp/temporal-heldout)
# JAR: the durable-check jar (default /tmp/dc-temporal.jar; or cli/target/durable-check-<version>.jar)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TREE="${1:-/tmp/temporal-heldout}"
JAR="${2:-/tmp/dc-temporal.jar}"
SDK=~/.m2/repository/io/temporal/temporal-sdk/1.38.0/temporal-sdk-1.38.0.jar
SLF4J="$(ls ~/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar | grep -v sources | sort -V | tail -1)"
OUT="${OUT:-$HERE/results}"
mkdir -p "$OUT"
cd "$TREE"
for profile in all temporal-java-1; do
  extra=(); [[ $profile != all ]] && extra=(--profile "$profile")
  java -jar "$JAR" --format json --exit-zero --no-color "${extra[@]}" -cp "$SDK:$SLF4J" \
       -o "$OUT/report-$profile.json" core/src/main/java
  python3 "$HERE/score.py" "$OUT/report-$profile.json" "$HERE/labels.tsv" > "$OUT/score-$profile.md"
done
cmp -s <(python3 -c 'import json,sys;print(json.dumps([(f["ruleId"],f["file"],f["line"]) for f in json.load(open(sys.argv[1]))["findings"]]))' "$OUT/report-all.json") \
       <(python3 -c 'import json,sys;print(json.dumps([(f["ruleId"],f["file"],f["line"]) for f in json.load(open(sys.argv[1]))["findings"]]))' "$OUT/report-temporal-java-1.json") \
  && echo "all profiles and --profile temporal-java-1: same findings" || echo "all profiles and --profile temporal-java-1: findings differ"
cat "$OUT/score-temporal-java-1.md"
