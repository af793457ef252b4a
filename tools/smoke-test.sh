#!/usr/bin/env bash
# Runs a built indexscorer the way a user would: outside the repository, in a clean environment (env -i: no .NET variables,
# no SDK on the PATH beyond /usr/bin:/bin), on a copy of the 2024 sample (and the 2023 year it compares with). Passes when
# --version, validate and score succeed and results.csv is the approved one.
#
#   tools/smoke-test.sh dist/linux-x64/indexscorer
#   tools/smoke-test.sh /tmp/tools/indexscorer        # an installed dotnet tool
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
program=$(readlink -f "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
# A campaign reads its framework only from its own folder or a frameworks/ folder above it (CF017): copied beside them.
cp -r "$repo/samples/quan-minh-hoa-2023" "$repo/samples/quan-minh-hoa-2024" "$repo/frameworks" "$work/"
clean() { (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin "$program" "$@"); }

clean --version || { echo "smoke: '$program --version' failed"; exit 1; }
clean validate quan-minh-hoa-2024 >/dev/null 2>&1 || { echo "smoke: validate failed"; exit 1; }
clean score quan-minh-hoa-2024 --out results 2>/dev/null || { echo "smoke: score failed"; exit 1; }
# The approved copy is kept without the byte-order mark written for Excel and with either line ending.
plain() { sed -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' "$1"; }
if ! diff -q <(plain "$repo/tests/IndexScorer.Cli.Tests/Approved/quan-minh-hoa-2024.results.csv") <(plain "$work/results/results.csv") >/dev/null; then
  echo "smoke: results.csv differs from tests/IndexScorer.Cli.Tests/Approved/quan-minh-hoa-2024.results.csv"
  exit 1
fi
