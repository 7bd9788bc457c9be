"""Entry point: load .env, then the command line (bot/cli.py): the bot, backup, restore,
healthcheck. Everything else lives in bot/."""

import sys

from dotenv import load_dotenv

from bot.cli import main

if __name__ == "__main__":
    # The .env of the working directory (run.sh starts the bot in the checkout), never one
    # found beside this file or above it: a bot started elsewhere (a test) is not configured
    # by a checkout's own settings.
    load_dotenv(".env")
    sys.exit(main())
