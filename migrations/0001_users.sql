-- People who wrote to the bot. Only what the bot needs: the Telegram id, the chosen language,
-- the announcement setting and whether they blocked the bot. No name, no phone (see README, Privacy).
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,          -- Telegram user id
    locale        TEXT,                         -- chosen language; NULL until the user chooses
    city          TEXT,
    announcements INTEGER NOT NULL DEFAULT 1 CHECK (announcements IN (0, 1)),
    blocked_at    TEXT,                         -- UTC ISO 8601, set when Telegram answers 403
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
