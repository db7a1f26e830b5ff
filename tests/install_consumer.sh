#!/usr/bin/env bash
# Installs winnow from BUILD_DIR into a temporary prefix, then builds and runs the consumer
# example against the installed package twice: with CMake's find_package and with pkg-config.
set -euo pipefail
build_dir=$1
source_dir=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >/dev/null
sample="$source_dir/samples/alibaba-ai-investment.html"

# The installed headers must not pull in any dependency's header.
if grep -rE '#include <(gumbo|utf8proc|pugixml)' "$prefix/include/winnow"; then
  echo "public headers include a dependency header" >&2; exit 1
fi

cmake -S "$source_dir/examples/consumer" -B "$prefix/build-cmake" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$prefix/build-cmake" >/dev/null
LD_LIBRARY_PATH="$prefix/lib:$prefix/lib64:$prefix/lib/x86_64-linux-gnu" "$prefix/build-cmake/winnow_consumer" "$sample" | tee "$prefix/cmake.out"
grep -q "title: Biggest AI Investment Yet!" "$prefix/cmake.out"

pcdir=$(dirname "$(find "$prefix" -name winnow.pc | head -1)")
flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs winnow)
# shellcheck disable=SC2086
c++ -std=c++20 "$source_dir/examples/consumer/main.cpp" -o "$prefix/consumer-pc" $flags -pthread
LD_LIBRARY_PATH="$(dirname "$(find "$prefix" -name 'libwinnow.so' | head -1)")" "$prefix/consumer-pc" "$sample" | tee "$prefix/pc.out"
grep -q "title: Biggest AI Investment Yet!" "$prefix/pc.out"
test -x "$prefix/bin/winnow"
test -f "$prefix/share/man/man1/winnow.1"
echo "install_consumer: cmake and pkg-config consumers built and ran"
