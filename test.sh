#!/usr/bin/env bash
# Set up (first time) and run every check: ruff, mypy, then the whole pytest suite.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh dev
echo "== ruff"
.venv/bin/ruff check bot fake_telegram sandbox tests bench main.py
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
