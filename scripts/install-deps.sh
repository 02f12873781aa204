#!/usr/bin/env bash
# Installs the Debian packages factdb builds and tests with, and nothing else.
# Run as the first build step by the Makefile; it is a no-op (no apt-get call
# at all) when every package is already present, so repeated builds stay fast
# and work offline.  Usage: install-deps.sh [--test]  (--test adds the tools
# only the test suite needs).
set -euo pipefail

packages=(cmake make g++ pkg-config libsqlite3-dev libsqlitecpp-dev
          nlohmann-json3-dev catch2 libutf8proc-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(sqlite3)
fi

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
