"""The domain logic; no handlers and no SQL here (SQL lives in bot/db)."""
