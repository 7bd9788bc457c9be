"""How the bot meets Telegram: its flood limits (``budget``), and the session middleware
through which every Bot API call passes (``middleware``)."""
