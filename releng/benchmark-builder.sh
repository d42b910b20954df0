#!/usr/bin/env bash
# Measures save → updated markers in a real workbench on a generated project of N files of about
# M elements (default 100 files, 50,000 elements: the project `releng/bench.sh saves` generates),
# and writes docs/save-latency.md.
#   releng/benchmark-builder.sh [FILES] [ELEMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-100}"
elements="${2:-50000}"
releng/bench.sh saves --files "$files" --elements "$elements" --saves 3 --out target/bench/saves-for-builder.md
run=""
[ -n "${DISPLAY:-}" ] || run="xvfb-run -a -s '-screen 0 1280x1024x24'"
./mvnw -B -q install -DskipTests -pl bundles/org.chaxu.ide -am
eval "$run" ./mvnw -B verify -pl bundles/org.chaxu.ide.tests -Dtest=SaveLatencyTest -Dchaxu.ide.benchmark="$PWD/target/bench/project-own_units"
cat docs/save-latency.md
