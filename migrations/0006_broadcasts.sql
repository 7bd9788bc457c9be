-- Announcements from admins to everyone or a segment. The admin's own message is copied to each
-- recipient (copyMessage), so only its chat and message id are stored, never its text.
CREATE TABLE broadcasts (
    id                  INTEGER PRIMARY KEY,
    admin_id            INTEGER NOT NULL,
    source_chat_id      INTEGER NOT NULL,
    source_message_id   INTEGER NOT NULL,
    audience            TEXT NOT NULL,          -- 'all' or 'locale:<code>'
    status              TEXT NOT NULL CHECK (status IN
                        ('scheduled', 'running', 'paused', 'cancelled', 'done')),
    starts_at           TEXT NOT NULL,          -- UTC; later than created_at when scheduled
    progress_chat_id    INTEGER,
    progress_message_id INTEGER,
    created_at          TEXT NOT NULL,
    finished_at         TEXT
);

-- One row per recipient, written when the broadcast is confirmed: the sender streams these in
-- user id order, so a restart resumes exactly where it stopped.
CREATE TABLE deliveries (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sent', 'blocked', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (broadcast_id, user_id)
) WITHOUT ROWID;
CREATE INDEX deliveries_pending ON deliveries (broadcast_id, status, user_id);
