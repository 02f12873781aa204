#!/bin/sh
# Loads every gold file of the extraction corpus into a fresh database, one file at a time,
# and reports per file: OK (with its warning count), PENDING (the loader refused only claim
# types it does not know yet, e.g. acquisition and compute_deal of issue 13 before they are
# merged; a copy without those claims was then loaded and loaded cleanly), or FAIL with the
# loader's errors. Invariant: no gold file is changed; the copies live in a temporary folder.
# Exit 0 when every file is OK or PENDING, 1 otherwise.
# Usage: tests/extraction/validate.sh [path/to/factdb]   (default build/factdb)
BIN=${1:-build/factdb}
DIR=$(dirname "$0")
tmp=$(mktemp -d /tmp/factdb-validate.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0; ok=0; pending=0
for f in "$DIR"/*.claims.json; do
  name=$(basename "$f")
  rm -f "$tmp/db.sqlite"
  if out=$("$BIN" --db "$tmp/db.sqlite" load "$f" 2>&1); then
    ok=$((ok + 1)); echo "OK       $name  $(echo "$out" | grep '^warnings:')"
    echo "$out" | grep '^  ' | sed 's/^  .*claims.json: /      /'
    continue
  fi
  # The types the loader refused as unknown, if every error is of that kind.
  errors=$(echo "$out" | grep -v '^factdb:' | grep -v '^warnings:')
  unknown=$(echo "$errors" | grep -c ': type: unknown claim type;')
  total=$(echo "$errors" | grep -c ': claim ')
  if [ "$unknown" -gt 0 ] && [ "$unknown" -eq "$total" ]; then
    types=$(echo "$errors" | sed -n 's/.*: type: unknown claim type;.*(\([a-z_]*\))$/\1/p' | sort -u | tr '\n' ' ')
    python3 - "$f" "$tmp" $types <<'EOF'
import json, shutil, sys, os
src, tmp, drop = sys.argv[1], sys.argv[2], set(sys.argv[3:])
g = json.load(open(src, encoding="utf-8"))
g["claims"] = [c for c in g["claims"] if c["type"] not in drop]
json.dump(g, open(os.path.join(tmp, os.path.basename(src)), "w", encoding="utf-8"), ensure_ascii=False)
shutil.copy(os.path.join(os.path.dirname(src), g["document"]["text_file"]), tmp)
EOF
    rm -f "$tmp/db.sqlite"
    if out2=$("$BIN" --db "$tmp/db.sqlite" load "$tmp/$name" 2>&1); then
      pending=$((pending + 1))
      echo "PENDING  $name  $unknown claim(s) of unknown type(s) ${types}left out; the rest loads, $(echo "$out2" | grep '^warnings:')"
      echo "$out2" | grep '^  ' | sed 's/^  .*claims.json: /      /'
      continue
    fi
    out=$out2
  fi
  fail=$((fail + 1)); echo "FAIL     $name"; echo "$out" | grep -v "^factdb:" | head -12 | sed 's/^/      /'
done
echo "$ok OK, $pending PENDING, $fail FAIL"
[ "$fail" -eq 0 ]
