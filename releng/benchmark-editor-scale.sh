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
modules=.,bundles/org.chaxu.model,bundles/org.chaxu.model.edit,bundles/org.chaxu.engine,bundles/org.chaxu.core,bundles/org.chaxu.ide
modules=$modules,bundles/org.chaxu.report,bundles/org.chaxu.editor,bundles/org.chaxu.editor.tests
eval "$run" ./mvnw -B verify -pl "$modules" -Dtest=EditorScaleTest -Dsurefire.failIfNoSpecifiedTests=false -Dchaxu.editor.scale="$sizes"
cat docs/editor-scale.md
