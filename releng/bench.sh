#!/usr/bin/env bash
# The performance benchmark (issue 13): the Chaxu engine against a hand-written Java validator
# and Epsilon EVL on generated national models, Train-Benchmark style (batch, inject, repair,
# single edits), every check compared across the three. Writes docs/performance.md and its plot.
#   releng/bench.sh run [--scales 1,2,4,8] [--runs 5] [--seed 1] [--evl-max-scale 16]
#                       [--java-max-scale N] [--edits 5] [--peer-edits 1] [--out docs/performance.md]
#   releng/bench.sh generate --scale N [--seed S] --out FILE.chaxu     (one model; scale 1 ≈ 1,000 elements)
#   releng/bench.sh profile [--scale 32] [--runs 5] [--out docs/performance-profile.md]
#                       (the engine's batch check rule by rule: without each rule, with none; the heap by class)
#   releng/bench.sh edits [--scale 1100] [--warmup 100] [--edits 100] [--out docs/performance-edits.md]
#                       (each kind of single edit in one warm session, as in the editor; median and p90)
#   releng/bench.sh saves [--files 100] [--elements 50000] [--saves 20] [--out docs/performance-saves.md]
#                       (a project of many files kept checked while files are saved, as the IDE's builder does)
# JAVA_OPTS (default -Xmx4g -XX:+UseParallelGC, the throughput collector a batch run wants; the
# ./chaxu launcher uses it too) is passed to the JVM. It builds what it needs first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bench="releng/org.chaxu.bench/target/chaxu-bench.jar"
cli="bundles/org.chaxu.cli/target/chaxu.jar"

stale() {
  [ ! -f "$bench" ] || [ ! -f "$cli" ] && return 0
  [ -n "$(find rules bundles releng/org.chaxu.bench pom.xml -newer "$bench" -type f \
      \( -name '*.java' -o -name '*.drl' -o -name '*.evl' -o -name '*.properties' -o -name 'MANIFEST.MF' -o -name 'pom.xml' -o -name '*.ecore' \) \
      -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

if stale; then
  mkdir -p target
  echo "bench: building the checker and the benchmark first (log in target/bench-build.log)" >&2
  if ! ./mvnw -B -q package -DskipTests -pl releng/org.chaxu.bench,bundles/org.chaxu.cli -am >target/bench-build.log 2>&1; then
    tail -n 30 target/bench-build.log >&2
    exit 2
  fi
fi
[ $# -gt 0 ] || set -- run
cmd=$1; shift
extra=()
[ "$cmd" = run ] && extra=(--cli "$cli")
exec java ${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC} -XX:+ExitOnOutOfMemoryError -Dchaxu.root="$root" \
  -cp "$bench:releng/org.chaxu.bench/target/lib/*" org.chaxu.bench.Bench "$cmd" "${extra[@]}" "$@"
