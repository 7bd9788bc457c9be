-- Updates the bot fetched from Telegram and has not finished handling. A batch from getUpdates
-- is written here before the next getUpdates confirms it to Telegram, and each update is
-- deleted once its handler finished: after a crash, start-up handles what is left. Rows live
-- for the milliseconds of their handling (they hold message texts: never kept longer).
CREATE TABLE update_journal (
    update_id   INTEGER PRIMARY KEY,
    payload     TEXT NOT NULL,              -- the update as Telegram sent it (JSON)
    received_at TEXT NOT NULL               -- UTC ISO 8601
);

-- The offset the next getUpdates confirms with: one past the newest update recorded above.
CREATE TABLE polling_offset (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    next_offset INTEGER NOT NULL,
    saved_at    TEXT NOT NULL               -- UTC ISO 8601
);
