"""Try the bot without Telegram: the real bot against the fake Bot API, in a browser page.

``python -m sandbox`` (what ``./run.sh`` starts when there is no BOT_TOKEN) serves the page on
http://127.0.0.1:8080 (SANDBOX_HOST, SANDBOX_PORT). The README's "Try it in the sandbox" says
what to click.
"""
