-- Messages the bot must deliver (to migrants and to the staff chat), written in the same
-- transaction as whatever caused them, then sent by the outbox sender. A row stays 'pending'
-- until Telegram confirmed it, so a crash loses nothing (at most the one message in flight at
-- the moment of a crash can be delivered twice). Texts are cleared once delivered.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    chat_id         INTEGER NOT NULL,
    thread_id       INTEGER,                -- forum topic in the staff chat
    kind            TEXT NOT NULL CHECK (kind IN ('text', 'copy')),
    text            TEXT,                   -- 'text': Telegram HTML, already escaped
    reply_markup    TEXT,                   -- 'text': JSON of an InlineKeyboardMarkup
    from_chat_id    INTEGER,                -- 'copy': the message to copy
    from_message_id INTEGER,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent', 'blocked', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,          -- UTC ISO 8601
    last_error      TEXT,                   -- Telegram's description, never message text
    sent_message_id INTEGER,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
