#!/usr/bin/env bash
# Runs the browser accessibility suite against an already built binary.
#   tests/browser/run.sh                      # the whole suite
#   tests/browser/run.sh --test-name-pattern=keyboard
# CHILDVOICE_BIN (default target/debug/childvoice, relative to the repo root)
# names the binary; CHROMIUM (default /usr/bin/chromium) the browser.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
exec node --test --test-concurrency=1 --test-reporter=spec "$@" a11y.test.mjs
