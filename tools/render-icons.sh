#!/usr/bin/env bash
# Regenerates the PNG icons in public/icons from their SVG sources with the
# same headless Chromium the tests use. The PNGs are committed; run this only
# after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../public/icons"
render() { # svg size out [background]
  local page; page=$(mktemp --suffix=.html)
  printf '<html><body style="margin:0;background:%s"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' \
    "${4:-transparent}" "$PWD/$1" "$2" "$2" > "$page"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "file://$page" >/dev/null 2>&1
  rm -f "$page"
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 512 icon-maskable-512.png
# iOS draws its own rounded corners and shows transparency as black: full-bleed square.
render icon-maskable.svg 180 apple-touch-icon-180.png
