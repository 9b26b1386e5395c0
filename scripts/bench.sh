#!/usr/bin/env bash
# Benchmarks (they print numbers; see README "Performance"). Builds the
# release app first. Usage: scripts/bench.sh [load|list|search|store|decoder|all]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
what="${1:-all}"

if [ "$what" = load ] || [ "$what" = list ] || [ "$what" = all ]; then
  trunk build --release --offline
fi
if [ "$what" = load ] || [ "$what" = all ]; then
  echo "==> load benchmark (headless Chromium, loopback)"
  node tests/bench/load.mjs
fi
if [ "$what" = list ] || [ "$what" = all ]; then
  echo "==> contacts list benchmark (10,000 contacts, headless Chromium)"
  node tests/bench/list.mjs
fi

if [ "$what" = search ] || [ "$what" = all ]; then
  echo "==> search benchmark: index and queries over 10,000 contacts (native)"
  cargo run --release --locked --example search_bench
fi

if [ "$what" = store ] || [ "$what" = all ]; then
  echo "==> store benchmark (10,000 contacts, IndexedDB in headless Chromium)"
  WASM_BINDGEN_TEST_TIMEOUT=900 cargo test --release --locked --target wasm32-unknown-unknown --test bench_store -- --nocapture
fi

if [ "$what" = decoder ] || [ "$what" = all ]; then
  echo "==> decoder benchmark: native (black-box set, camera frames)"
  cargo run --release --locked --example decoder_bench
  echo "==> decoder benchmark: 1280x720 camera frames in wasm (headless Chromium)"
  WASM_BINDGEN_TEST_TIMEOUT=900 cargo test --release --locked --target wasm32-unknown-unknown --test bench_decoder -- --nocapture
fi
