#!/usr/bin/env bash
# `npm start` on a fresh clone: install, build both PWAs, then run the server (SQLite + demo by default).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then npm ci; fi
npx vite build
exec npx tsx server/main.ts
