#!/bin/sh
# Loads every gold file of the extraction corpus into a fresh database, one file at a time,
# and reports per file: OK, or the loader's errors. Files using the issue-13 types
# (acquisition, funding_round, valuation, compute_deal) fail until those types are merged.
# Usage: tests/extraction/validate.sh [path/to/factdb]   (default build/factdb)
BIN=${1:-build/factdb}
DIR=$(dirname "$0")
fail=0
for f in "$DIR"/*.claims.json; do
  db=$(mktemp -u /tmp/factdb-validate.XXXXXX.sqlite)
  if out=$("$BIN" --db "$db" load "$f" 2>&1); then
    echo "OK    $(basename "$f")"
  else
    fail=$((fail + 1)); echo "FAIL  $(basename "$f")"; echo "$out" | grep -v "^factdb:" | head -8 | sed 's/^/      /'
  fi
  rm -f "$db"
done
echo "$fail file(s) failed"
[ "$fail" -eq 0 ]
