#!/usr/bin/env bash
# Measures the editor's edit → decoration latency on the worked cases and on a generated national
# model of about N elements (default 10000) in a real workbench, and writes docs/editor-latency.md.
#   releng/benchmark-editor.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-10000}"
run=""
[ -n "${DISPLAY:-}" ] || run="xvfb-run -a -s '-screen 0 1280x1024x24'"
./mvnw -B -q install -DskipTests -pl bundles/org.chaxu.editor -am
eval "$run" ./mvnw -B verify -pl bundles/org.chaxu.editor.tests -Dtest=LiveCheckLatencyTest -Dchaxu.editor.benchmark="$size"
cat docs/editor-latency.md
