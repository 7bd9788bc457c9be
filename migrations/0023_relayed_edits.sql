-- Edits relayed both ways (issue 16): a message edited on one side changes its copy on the
-- other. The outbox learns the kind 'edit' (and 'retire', for 0024's transfers: take the
-- buttons off a card a request left behind, close that topic) and the text an edit row posts
-- instead when Telegram cannot edit the copy; SQLite cannot widen a CHECK in place, so the
-- table is rebuilt with every column and index it had. A thread message records when it was
-- last edited.
CREATE TABLE outbox_new (
    id                  INTEGER PRIMARY KEY,
    chat_id             INTEGER NOT NULL,
    thread_id           INTEGER,
    kind                TEXT NOT NULL
                        CHECK (kind IN
                            ('text', 'copy', 'card', 'file', 'erase', 'edit', 'retire')),
    text                TEXT,
    reply_markup        TEXT,
    from_chat_id        INTEGER,
    from_message_id     INTEGER,
    file_kind           TEXT,                   -- 'file': photo, voice, ...; 'edit': how
    file_id             TEXT,
    request_id          INTEGER,
    request_message_id  INTEGER,
    reply_to_message_id INTEGER,
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'blocked', 'failed')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT NOT NULL,
    last_error          TEXT,
    sent_message_id     INTEGER,
    created_at          TEXT NOT NULL,
    sent_at             TEXT,
    priority            INTEGER,
    refresh_asked       INTEGER NOT NULL DEFAULT 0,
    fallback_text       TEXT                    -- 'edit': posted if the copy cannot be edited
);
INSERT INTO outbox_new (id, chat_id, thread_id, kind, text, reply_markup, from_chat_id,
    from_message_id, file_kind, file_id, request_id, request_message_id, reply_to_message_id,
    status, attempts, next_attempt_at, last_error, sent_message_id, created_at, sent_at,
    priority, refresh_asked)
SELECT id, chat_id, thread_id, kind, text, reply_markup, from_chat_id, from_message_id,
    file_kind, file_id, request_id, request_message_id, reply_to_message_id, status, attempts,
    next_attempt_at, last_error, sent_message_id, created_at, sent_at, priority, refresh_asked
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_by_request ON outbox (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX outbox_lanes ON outbox (chat_id, COALESCE(request_id, 0), id) WHERE status = 'pending';

ALTER TABLE request_messages ADD COLUMN edited_at TEXT;
