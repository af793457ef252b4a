#!/usr/bin/env bash
# Builds the program to download: one self-contained, compressed executable per system (no .NET needed to run it),
# stamped with the version, into dist/<system>/ (indexscorer, indexscorer.exe on Windows).
#
#   tools/publish.sh                      # linux-x64 and win-x64, version 1.0.0
#   tools/publish.sh win-x64              # one system
#   VERSION=2.1.0 tools/publish.sh        # `indexscorer --version` prints 2.1.0+<commit>
#   READY_TO_RUN=false tools/publish.sh   # skip precompilation: a few minutes faster to build, a slower start (CI uses it)
#   OUT=/tmp/dist tools/publish.sh        # another output folder
#
# Settings: src/IndexScorer.Cli/Properties/PublishProfiles/SingleFile.pubxml. Linux needs the ICU library installed
# (libicu; see docs/huong-dan.md): Vietnamese text matching needs it and the program says so when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${VERSION:-1.0.0}
out=${OUT:-dist}
ready_to_run=${READY_TO_RUN:-true}
systems=("$@")
[ ${#systems[@]} -eq 0 ] && systems=(linux-x64 win-x64)

for system in "${systems[@]}"; do
  echo "Publishing indexscorer $version for $system into $out/$system …"
  dotnet publish src/IndexScorer.Cli -p:PublishProfile=SingleFile -r "$system" \
    -p:Version="$version" -p:PublishReadyToRun="$ready_to_run" -o "$out/$system" -v quiet -nologo
  ls -l "$out/$system"
done
