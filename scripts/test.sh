#!/usr/bin/env bash
# The one gate: every check and every suite, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step 'dependencies'
if [ ! -d node_modules ]; then npm ci; fi
bash scripts/ensure-chromium.sh

step 'typecheck'
npx tsc --noEmit -p tsconfig.json
step 'lint'
npx eslint . --max-warnings 0
step 'format'
npx prettier --check .
step 'unit'
npx vitest run --project unit
step 'integration (SQLite and PostgreSQL)'
npx vitest run --project integration
step 'build'
npx vite build
step 'e2e (Chromium)'
npx vitest run --project e2e
