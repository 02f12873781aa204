#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD_DIR/fuzz for SECONDS each, starting
# from a scratch copy of its seed corpus fuzz/corpus/<target>/ (new inputs go
# to the copy, so the committed corpus stays as generated).  Stops at the
# first target that finds a crash, leak or timeout; the reproducer is saved
# as BUILD_DIR/fuzz-artifacts/<target>-crash-<sha1> and the exit status is
# non-zero.  Usage: fuzz/run.sh BUILD_DIR SECONDS   (used by `make fuzz`)
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/factdb-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

for corpus in "$root"/fuzz/corpus/*/; do
  target=$(basename "$corpus")
  bin="$build/fuzz/fuzz_$target"
  [[ -x "$bin" ]] || { echo "fuzz: $bin is missing (build the fuzz_all target)" >&2; exit 2; }
  mkdir -p "$scratch/$target"
  cp "$corpus"* "$scratch/$target/"
  log="$artifacts/$target.log"
  # The target's own flags (fuzz/options.txt), paths relative to the root.
  read -r -a extra <<<"$(awk -v t="$target" '$1 == t { $1 = ""; print }' "$root/fuzz/options.txt" |
    sed "s|=fuzz/|=$root/fuzz/|g")"
  echo "fuzz: $target for ${seconds}s ${extra[*]:-} (log: $log)"
  # -timeout: one input over 5 s is a finding (a slow unit, saved as
  # timeout-*); -rss_limit_mb: so is a process over 1 GiB.  Replay findings
  # with the target, then commit them under fuzz/regressions/<target>/,
  # which `make test` replays (tests/CMakeLists.txt, fuzz_replay_*).
  if ! "$bin" "$scratch/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 \
      "${extra[@]}" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target FAILED; reproduce with: $bin $artifacts/$target-<crash file>" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  echo "fuzz: $target ok: $runs runs, $rate exec/s, $cov"
done
