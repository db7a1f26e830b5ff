#!/usr/bin/env bash
# Installs whatever winnow needs to build and test that is not on this machine yet.
# A fresh Debian 12 has no package lists, so apt-get update runs before any install.
set -euo pipefail

packages=(g++ make cmake pkg-config libgumbo-dev libutf8proc-dev libpugixml-dev doctest-dev
          libuchardet-dev zlib1g-dev libdeflate-dev libxml2-utils python3 gzip
          clang libclang-rt-14-dev    # libFuzzer + sanitizer runtimes for clang 14 (fuzz/)
          # the Python module and its tests (for Debian's /usr/bin/python3): python/
          pybind11-dev python3-dev python3-pytest python3-dask python3-distributed
          python3-html5lib chromium)  # the audit page's tests: a conforming HTML parser, a headless browser

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "bootstrap: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
