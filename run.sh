#!/usr/bin/env bash
# Set up (first time) and run the bot. Configuration: .env (copied from .env.example).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh run
if [ ! -f .env ]; then
    cp .env.example .env
    echo "Created .env from .env.example: put your BOT_TOKEN into it, then run ./run.sh again." >&2
    exit 1
fi
exec .venv/bin/python main.py
