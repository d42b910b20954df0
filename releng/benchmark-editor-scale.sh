#!/usr/bin/env bash
# The editor at national size: opens generated national models of the given sizes (default
# 10000,50000) in the Chaxu editor in a real workbench, selects units and edits a value, and writes
# the figures to docs/editor-scale.md (EditorScaleTest; a guard at 50,000 elements runs in every build).
#   releng/benchmark-editor-scale.sh [N,N,...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,50000}"
run=""
[ -n "${DISPLAY:-}" ] || run="xvfb-run -a -s '-screen 0 1600x1000x24'"
./mvnw -B -q install -DskipTests -pl bundles/org.chaxu.editor,bundles/org.chaxu.ide -am
eval "$run" ./mvnw -B verify -pl bundles/org.chaxu.editor.tests -Dtest=EditorScaleTest -Dchaxu.editor.scale="$sizes"
cat docs/editor-scale.md
