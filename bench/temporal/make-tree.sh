#!/usr/bin/env bash
# Rebuilds the held-out tree: the files listed in files.txt, taken from temporalio/samples-java at
# UPSTREAM_COMMIT, with the patches in mutations/ applied. Third-party source is never committed here.
#   bench/temporal/make-tree.sh [UPSTREAM_CLONE] [OUT]
# UPSTREAM_CLONE: a clone of https://github.com/temporalio/samples-java (cloned to a temp dir when absent)
# OUT: where the tree goes (default /tmp/temporal-heldout; replaced)
set -euo pipefail
UPSTREAM_COMMIT=482076afaeaa840c33843947f7244532c0d394bd
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="${1:-}"
OUT="${2:-/tmp/temporal-heldout}"
if [[ -z "$SRC" ]]; then
  SRC="$(mktemp -d)/samples-java"
  git clone -q https://github.com/temporalio/samples-java "$SRC"
fi
rm -rf "$OUT"
mkdir -p "$OUT"
while read -r f; do
  mkdir -p "$OUT/$(dirname "$f")"
  git -C "$SRC" show "$UPSTREAM_COMMIT:$f" > "$OUT/$f"
done < "$HERE/files.txt"
for p in "$HERE"/mutations/*.diff; do
  git -C "$OUT" apply --unsafe-paths --directory=. "$p" 2>/dev/null || (cd "$OUT" && patch -s -p1 < "$p")
done
echo "held-out tree: $OUT ($(wc -l < "$HERE/files.txt") files, $(ls "$HERE"/mutations/*.diff | wc -l) patches)"
