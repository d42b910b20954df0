#!/usr/bin/env bash
# Fuzzes `chaxu check`: broken models made from the worked cases in examples/ (elements deleted,
# duplicated, swapped and moved, references retargeted or broken, values perturbed, ids
# duplicated, deep nesting, long superior chains, truncated files, flipped bytes, DOCTYPEs), each
# checked in one JVM through the CLI's own entry point with a time limit per case. A case fails on
# an exit outside 0/1/2, a hang, a stack trace, an internal class name, an exit 2 that does not
# name the model's file and line, a changed model, a network connection, or an unreadable report.
#   releng/fuzz.sh [--cases N] [--seed S] [--limit SECONDS] [--case I] [--keep]
# Prints the totals and writes them to docs/fuzz.md (not for --case); failing cases, with the
# reason and the output, are kept in target/fuzz/failures (emptied at the start of a run), and
# the script then exits 1. The same seed gives the same cases, up to the port of the local server
# the http references point at: `--seed S --case I --keep` regenerates case I into target/fuzz/kept.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cli="bundles/org.chaxu.cli/target/chaxu.jar"
fuzz="releng/org.chaxu.fuzz/target/chaxu-fuzz.jar"

stale() {
  [ ! -f "$cli" ] || [ ! -f "$fuzz" ] && return 0
  [ -n "$(find rules bundles releng/org.chaxu.fuzz pom.xml -newer "$fuzz" -type f \
      \( -name '*.java' -o -name '*.drl' -o -name '*.properties' -o -name 'MANIFEST.MF' -o -name 'pom.xml' -o -name '*.ecore' \) \
      -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

if stale; then
  mkdir -p target
  echo "fuzz: building the checker and the fuzzer first (log in target/fuzz-build.log)" >&2
  if ! ./mvnw -B -q package -DskipTests -pl releng/org.chaxu.fuzz -am >target/fuzz-build.log 2>&1; then
    tail -n 30 target/fuzz-build.log >&2
    exit 2
  fi
fi
exec java -XX:+ExitOnOutOfMemoryError -Dchaxu.root="$root" -cp "$cli:$fuzz" org.chaxu.fuzz.Fuzz \
  --results target/fuzz --report docs/fuzz.md "$@"
