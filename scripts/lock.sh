#!/usr/bin/env bash
# Renew constraints.txt: resolve pyproject.toml's ranges afresh in a throw-away venv (Python
# 3.11, like production) and pin what pip chose. Run ./test.sh afterwards, then commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet -e ".[dev]"
{
    sed -n '1,/^# when a dependency/p' constraints.txt
    "$work/venv/bin/python" -m pip freeze --exclude-editable | grep -v '^-e '
} > "$work/constraints.txt"
mv "$work/constraints.txt" constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pins"
