#!/usr/bin/env bash
# Installs the Debian packages factdb builds and tests with, and nothing else.
# Run as the first build step by the Makefile; it is a no-op (no apt-get call
# at all) when every package is already present, so repeated builds stay fast
# and work offline.  Usage: install-deps.sh [--test] [--fuzz] [--bench] [--ci]  (--test
# adds the tools only the test suite needs, --fuzz clang and libFuzzer for
# `make fuzz`, --bench the sqlite3 shell for `make bench`, --ci both, for
# .ci/run).
set -euo pipefail

# zlib1g-dev: the test binary (built with the rest) decodes PNG screenshots.
# libssl-dev: libcrypto's SHA-256 (fact keys, document fingerprints).
# iso-codes: the ISO 4217 currency codes (iso_4217.json), compiled into
# lang/ at build time (cmake/iso4217.cmake) and checked by the tests; its
# ISO 3166 lists too (cmake/iso3166.cmake), whose French names gettext's
# msgunfmt reads from the package's .mo files.
# python3: tests/CMakeLists.txt runs the extraction corpus's shape check
# (tests/extraction/check_shape.py) and configure requires it.
# libgumbo-dev: article/ reads saved web pages with a real HTML5 parser;
# libstemmer-dev: the drafter's rules and search match word stems.
packages=(cmake make g++ pkg-config libsqlite3-dev libsqlitecpp-dev
          nlohmann-json3-dev catch2 libutf8proc-dev zlib1g-dev libssl-dev iso-codes gettext
          python3 libgumbo-dev libstemmer-dev)
for mode in "$@"; do
  case "$mode" in
    --test)
      # chromium: renders the HTML report headless ([report][chromium] tests);
      # sqlite3 and sqlite-utils: the database opened as users open it.
      packages+=(sqlite3 sqlite-utils chromium) ;;
    --fuzz)
      # make fuzz: clang with libFuzzer and the sanitizer runtimes.
      packages+=(clang libclang-rt-14-dev) ;;
    --bench)
      # make bench: the sqlite3 shell's .import is one of its yardsticks.
      packages+=(sqlite3) ;;
    --ci)
      # .ci/run: the tests, the sanitized tests and the fuzz run.
      packages+=(sqlite3 sqlite-utils chromium clang libclang-rt-14-dev) ;;
    *) echo "install-deps: unknown option $mode" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
