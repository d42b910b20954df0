#!/usr/bin/env bash
# Builds a Chaxu release, with one command:
#
#   releng/release.sh [VERSION]        e.g. releng/release.sh 1.0.0; without VERSION: the tag vVERSION at HEAD
#
# The committed tree at HEAD is copied to target/release/src, set to VERSION there (Tycho's
# set-version: every POM, MANIFEST.MF, feature and product; the working tree is not touched) and
# built without tests (CI has run them on that commit). Into target/release/dist go:
#   chaxu-VERSION.tar.gz, chaxu-VERSION.zip  the command line: bin/chaxu, bin/chaxu.cmd, lib/chaxu.jar,
#                                            completion/chaxu.bash, LICENSE, README.md, CHANGELOG.md, docs/
#   chaxu-p2-VERSION.zip                     the p2 update site (Chaxu in any Eclipse 4.37 or newer)
#   chaxu-ide-VERSION-OS.WS.ARCH.(tar.gz|zip) the Chaxu IDE for Linux, Windows and macOS (aarch64, x86_64)
#   chaxu-maven-VERSION.zip                  a Maven repository: org.chaxu:chaxu-maven-plugin, org.chaxu:org.chaxu.junit
#                                            and what they need, ready to deploy to a repository
#   *.sha256                                 the SHA-256 of each
# and target/release/notes.md, CHANGELOG.md's section of VERSION (or of Unreleased).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

version="${1:-}"
if [ -z "$version" ]; then
  tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null || true)
  [ -n "$tag" ] || { echo "release: give a VERSION, or tag HEAD vVERSION" >&2; exit 2; }
  version="${tag#v}"
fi
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]]; then
  echo "release: '$version' is no version (MAJOR.MINOR.PATCH, optionally -SUFFIX)" >&2
  exit 2
fi
osgi="${version%%-*}" # a bundle's version has no suffix

out="$root/target/release"
src="$out/src"
dist="$out/dist"
rm -rf "$out"
mkdir -p "$src" "$dist"
git archive HEAD | tar -x -C "$src"
cd "$src"
log="$out/build.log"
step() { echo "release: $*"; }

step "setting the version to $version (log: $log)"
tycho=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' pom.xml | head -n 1)
./mvnw -B -q "org.eclipse.tycho:tycho-versions-plugin:$tycho:set-version" -DnewVersion="$osgi" >>"$log" 2>&1

step "building the command line, the update site and the Chaxu IDE for Linux, Windows and macOS"
./mvnw -B -Pproduct,release package -DskipTests -Dchaxu.cds.skip=true >>"$log" 2>&1 \
  || { tail -n 40 "$log"; exit 1; }

step "the Maven plugin and the JUnit helper as a Maven repository"
maven="$out/maven"
./mvnw -B deploy -DskipTests -Dinvoker.skip=true -Dchaxu.cds.skip=true -DaltDeploymentRepository="chaxu-release::file://$maven" \
  -pl .,bundles/org.chaxu.model,bundles/org.chaxu.engine,bundles/org.chaxu.report,bundles/org.chaxu.cli,bundles/org.chaxu.junit,bundles/chaxu-maven-plugin \
  >>"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
(cd "$maven" && zip -qr "$dist/chaxu-maven-$version.zip" .)

step "the command-line distribution"
cli="$out/chaxu-$version"
mkdir -p "$cli/bin" "$cli/lib" "$cli/completion"
cp bundles/org.chaxu.cli/target/chaxu.jar "$cli/lib/"
cp chaxu "$cli/bin/chaxu"
cp releng/dist/chaxu.cmd "$cli/bin/chaxu.cmd"
chmod 755 "$cli/bin/chaxu"
java -jar "$cli/lib/chaxu.jar" generate-completion > "$cli/completion/chaxu.bash"
cp LICENSE README.md CHANGELOG.md "$cli/"
cp -r docs "$cli/docs"
(cd "$out" && tar -czf "$dist/chaxu-$version.tar.gz" "chaxu-$version" && zip -qr "$dist/chaxu-$version.zip" "chaxu-$version")

step "the update site and the Chaxu IDE"
cp features/org.chaxu.site/target/org.chaxu.site-*.zip "$dist/chaxu-p2-$version.zip"
for product in releng/org.chaxu.product/target/products/chaxu-ide-*; do
  name=$(basename "$product")
  cp "$product" "$dist/${name/chaxu-ide-/chaxu-ide-$version-}"
done

step "notes and checksums"
awk -v v="$version" '
  /^## / { if (found) exit; if (index($0, "[" v "]") || index($0, "[Unreleased]")) { found = 1; next } }
  found { print }' CHANGELOG.md > "$out/notes.md"
(cd "$dist" && for f in *; do sha256sum "$f" > "$f.sha256"; done)
ls -l "$dist"
