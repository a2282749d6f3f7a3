#!/usr/bin/env bash
# Shows what a change does to extraction: builds REV (default: main) in a temporary worktree and the
# working tree as it is, runs `extract --format jsonl` of both on the sample pages, the held-out pages and
# (when present) ../shared/dev-news, and diffs the outputs. Exit 0 when they are byte-identical.
#
#   scripts/extract-diff.sh [REV]        e.g. scripts/extract-diff.sh HEAD~3
#
# A refactoring must print "identical" for every set; a behaviour change shows exactly the lines it moves.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-main}"
tmp="$(mktemp -d)"
trap 'git -C "$here" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$here" worktree add --detach "$tmp/base" "$rev" >/dev/null 2>&1
(cd "$tmp/base" && mvn -B -q package -DskipTests >/dev/null)
(cd "$here" && mvn -B -q package -DskipTests >/dev/null)
status=0
for set in corpus corpus/heldout ../shared/dev-news; do
  [ -d "$here/$set" ] || { echo "$set: absent, skipped"; continue; }
  # Run from the checkout so that "source" fields are the same relative paths in both outputs.
  (cd "$here" && java -jar "$tmp/base/target/newsminer.jar" extract --format jsonl "$set"/*.txt) > "$tmp/before.jsonl" 2>/dev/null
  (cd "$here" && java -jar "$here/target/newsminer.jar" extract --format jsonl "$set"/*.txt) > "$tmp/after.jsonl" 2>/dev/null
  if cmp -s "$tmp/before.jsonl" "$tmp/after.jsonl"; then
    echo "$set: identical ($(wc -l < "$tmp/after.jsonl") articles)"
  else
    echo "$set: DIFFERENT"
    diff <(tr '{' '\n' < "$tmp/before.jsonl") <(tr '{' '\n' < "$tmp/after.jsonl") | head -40 || true
    status=1
  fi
done
exit $status
