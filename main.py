"""Entry point: load .env, then run the bot. Everything else lives in bot/."""

import sys

from dotenv import load_dotenv

from bot.app import main

if __name__ == "__main__":
    load_dotenv()
    sys.exit(main())
