#!/usr/bin/env bash
# Installs everything the build and the tests need, and nothing that is
# already there: safe to run any number of times. Every tool comes from a
# package registry (crates.io, npm, Debian); Trunk never downloads a binary.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '==> setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

command -v cargo >/dev/null || { echo "setup: Rust is missing: install rustup first (https://rustup.rs)"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this project's toolchain.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing Trunk 0.21"
  cargo install trunk --version '~0.21' --locked
fi

# wasm-bindgen-cli must be the exact version in Cargo.lock (the crate is
# pinned with `=`). `--locked` fails for it: one locked dependency is gone
# from the registry.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wasm_bindgen_version"; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi
if ! grep -q "^wasm_bindgen = \"$wasm_bindgen_version\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$wasm_bindgen_version\" (the version in Cargo.lock)"
  exit 1
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js"
  apt_install nodejs npm
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's Chromium and ChromeDriver"
  apt_install chromium chromium-driver
fi

# npm packages (wasm-opt from binaryen, playwright-core) exactly as locked.
lock_stamp=node_modules/.mingpian-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$lock_stamp" 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$lock_stamp"
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3), $(/usr/bin/chromium --version 2>/dev/null)"
