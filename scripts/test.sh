#!/usr/bin/env bash
# Runs every test: native, browser (wasm-bindgen-test in headless Chromium),
# and end-to-end (Playwright against the release build on 127.0.0.1).
# Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

echo "==> 1/3 native tests (pure Rust)"
cargo test --locked

echo "==> 2/3 browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'

echo "==> release build"
trunk build --release --offline

echo "==> 3/3 end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
