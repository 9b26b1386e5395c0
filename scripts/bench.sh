#!/usr/bin/env bash
# Benchmarks (they print numbers; see README "Performance"). Builds the
# release app first. Usage: scripts/bench.sh [load|decoder|all]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
what="${1:-all}"

if [ "$what" = load ] || [ "$what" = all ]; then
  trunk build --release --offline
  echo "==> load benchmark (headless Chromium, loopback)"
  node tests/bench/load.mjs
fi
