#!/usr/bin/env bash
# Renders the pictures of the Vietnamese guide (docs/huong-dan.md) from the 2024 sample, so they show what the program
# really prints and writes: the commands' output as console windows (Chromium), a unit's form, results.xlsx and the
# report's summary page (LibreOffice -> PDF -> pdftoppm). Writes docs/images/*.png.
#
#   tools/render-guide.sh                                   # runs the program through the SDK (Release build)
#   PROGRAM=dist/linux-x64/indexscorer tools/render-guide.sh   # or a published program
#
# Needs: soffice (libreoffice-calc), pdftoppm (poppler-utils), chromium.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
images="$repo/docs/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$images"

if [ -n "${PROGRAM:-}" ]; then
  program=("$(readlink -f "$PROGRAM")")
else
  dotnet build "$repo/src/IndexScorer.Cli" -c Release -o "$work/program" -v quiet -nologo >/dev/null
  program=(dotnet "$work/program/indexscorer.dll")
fi

# The campaign as an office keeps it: D:\CCHC\quan-minh-hoa-2024 beside last year's.
cp -r "$repo/samples/quan-minh-hoa-2023" "$repo/samples/quan-minh-hoa-2024" "$work/"
rm -rf "$work"/quan-minh-hoa-*/output
cp -r "$work/quan-minh-hoa-2024" "$work/thieu-bieu-mau"
rm "$work/thieu-bieu-mau/forms/PH13-2024.xlsx"

# Runs the program in the campaign's parent folder and keeps what it printed (both streams, in order) for a picture.
run() {
  local name=$1; shift
  { echo "D:\\CCHC> indexscorer $*"; (cd "$work" && "${program[@]}" "$@" 2>&1) || true; } \
    | sed -e "s|$work/|D:\\\\CCHC\\\\|g" -e 's|\(D:\\CCHC\\[^ ]*\)/|\1\\|g' -e 's|\(D:\\CCHC\\[^ ]*\)/|\1\\|g' -e 's|\(D:\\CCHC\\[^ ]*\)/|\1\\|g' \
    >"$work/$name.txt"
}
run console-help
run console-template template quan-minh-hoa-2024 --out templates
run console-validate-error validate thieu-bieu-mau
run console-validate validate quan-minh-hoa-2024
run console-score score quan-minh-hoa-2024

# A console window: light text on black, as Windows shows it (DejaVu Sans Mono lacks the precomposed Vietnamese letters).
for text in "$work"/console-*.txt; do
  name=$(basename "$text" .txt)
  # The window's height in text rows, long lines wrapped; Chromium clips a window lower than about 300 pixels.
  rows=$(python3 - "$text" "$work/$name.html" <<'PY'
import html, math, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(sum(max(1, math.ceil(len(line) / 130)) for line in text.splitlines()))
page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        'body{margin:0;background:#0c0c0c}div{color:#cccccc;padding:12px 16px;'
        'font:15px/1.4 "DejaVu Sans",sans-serif;white-space:pre-wrap}</style></head><body><div>'
        + html.escape(text) + '</div></body></html>')
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY
)
  height=$((rows * 21 + 40)); [ "$height" -lt 300 ] && height=300
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run \
    --disable-sync --user-data-dir="$work/chromium" --hide-scrollbars --screenshot="$images/$name.png" \
    --window-size=1180,$height "file://$work/$name.html" >/dev/null 2>&1
done

# Workbooks as printed: the first page of each, from LibreOffice's PDF.
page() {
  local xlsx=$1 name=$2
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work/pdf-$name" "$xlsx" >/dev/null 2>&1
  pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/pdf-$name"/*.pdf "$images/$name"
}
page "$work/quan-minh-hoa-2024/forms/PB02-2024.xlsx" form
page "$work/quan-minh-hoa-2024/output/results.xlsx" results
page "$work/quan-minh-hoa-2024/output/report.xlsx" report
ls -l "$images"
