#!/usr/bin/env bash
# Set up (first time) and run the bot. Configuration: .env (copied from .env.example).
# Without a BOT_TOKEN, or with --sandbox, it starts the sandbox instead: the real bot against a
# fake Telegram on this machine, in the browser (http://127.0.0.1:8080; SANDBOX_PORT to change).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh run
if [ ! -f .env ]; then
    cp .env.example .env
fi
has_token() {
    .venv/bin/python -c '
import os, sys
from dotenv import dotenv_values
token = os.environ.get("BOT_TOKEN") or dotenv_values(".env").get("BOT_TOKEN") or ""
sys.exit(0 if token.strip() else 1)'
}
if [ "${1:-}" = "--sandbox" ] || ! has_token; then
    exec .venv/bin/python -m sandbox
fi
exec .venv/bin/python main.py
