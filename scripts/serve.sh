#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080 with live reload.
# `scripts/serve.sh --release` serves the optimised build with its service
# worker (what users get); extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
echo "==> Mingpian will be at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --offline "$@"
