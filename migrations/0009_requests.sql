-- The helpdesk: requests from migrants, the messages of each request's thread, and the staff.

-- Operators and admins added by admins with /staff (ADMIN_IDS from the environment are admins
-- without a row here).
CREATE TABLE staff (
    user_id  INTEGER PRIMARY KEY,
    role     TEXT NOT NULL CHECK (role IN ('operator', 'admin')),
    added_by INTEGER NOT NULL,
    added_at TEXT NOT NULL
);

-- One row per request; its id is the number the migrant sees (№12). Personal data (text, phone,
-- user_id) is set to NULL when the user erases their data or RETENTION_DAYS after closing;
-- the rest stays for anonymous statistics.
CREATE TABLE requests (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER,                  -- NULL once anonymised
    category          TEXT NOT NULL,
    city              TEXT NOT NULL,            -- a city id from bot/content/cities.py or typed
    text              TEXT,                     -- what happened (NULL once anonymised)
    phone             TEXT,                     -- only if the user shared it
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'in_progress', 'answered', 'closed')),
    urgent            INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    assignee_id       INTEGER,
    staff_chat_id     INTEGER NOT NULL,         -- where it was routed
    topic_id          INTEGER,                  -- forum topic; NULL until created (or deleted)
    topic_name        TEXT,                     -- as last set, to rename only when it changes
    card_message_id   INTEGER,                  -- the card with the buttons, in the staff chat
    consent_at        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    first_response_at TEXT,
    response_seconds  INTEGER,                  -- first response minus created, for the median
    closed_at         TEXT,
    rating            INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    anonymised_at     TEXT
);
CREATE INDEX requests_by_user ON requests (user_id, id) WHERE user_id IS NOT NULL;
CREATE INDEX requests_queue ON requests (urgent DESC, created_at, id) WHERE status != 'closed';
CREATE INDEX requests_by_topic ON requests (staff_chat_id, topic_id);
CREATE INDEX requests_by_card ON requests (staff_chat_id, card_message_id);
CREATE INDEX requests_created ON requests (created_at, status, category, city);
CREATE INDEX requests_status ON requests (status);
CREATE INDEX requests_category ON requests (category);
CREATE INDEX requests_city ON requests (city);
CREATE INDEX requests_response ON requests (response_seconds) WHERE response_seconds IS NOT NULL;
CREATE INDEX requests_rating ON requests (rating) WHERE rating IS NOT NULL;
CREATE INDEX requests_retention ON requests (closed_at) WHERE anonymised_at IS NULL;

-- The thread of a request: what the migrant sent ('in'), what operators answered ('out') and
-- internal notes ('note', never sent to the migrant). Message ids on both sides keep reply-to
-- links; the side the bot writes to is filled in when the outbox delivered the copy.
CREATE TABLE request_messages (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    direction        TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
    kind             TEXT NOT NULL,             -- text, photo, voice, document, video, ...
    text             TEXT,                      -- text or caption (NULL once anonymised)
    file_id          TEXT,                      -- Telegram file id of an attachment
    author_id        INTEGER,                   -- the operator, for 'out' and 'note'
    user_message_id  INTEGER,                   -- in the migrant's private chat
    staff_message_id INTEGER,                   -- in the staff chat
    created_at       TEXT NOT NULL,
    delivered_at     TEXT
);
CREATE INDEX request_messages_thread ON request_messages (request_id, id);
CREATE INDEX request_messages_user_side ON request_messages (user_message_id)
    WHERE user_message_id IS NOT NULL;
CREATE INDEX request_messages_staff_side ON request_messages (staff_message_id)
    WHERE staff_message_id IS NOT NULL;
-- One row per message where it was written: an update Telegram delivers again after a crash
-- (its offset was not confirmed yet) is recognised and not relayed twice.
CREATE UNIQUE INDEX request_messages_in_once ON request_messages (request_id, user_message_id)
    WHERE direction = 'in' AND user_message_id IS NOT NULL;
CREATE UNIQUE INDEX request_messages_out_once ON request_messages (request_id, staff_message_id)
    WHERE direction IN ('out', 'note') AND staff_message_id IS NOT NULL;

-- The outbox learns more kinds: 'erase' (delete a request's copies from the staff chat),
-- 'card' (create the request's topic if missing, then send
-- or refresh its card), 'file' (send an attachment by file id: works even if the migrant
-- deleted their message) and the link back to the request and thread message a row delivers.
CREATE TABLE outbox_new (
    id                 INTEGER PRIMARY KEY,
    chat_id            INTEGER NOT NULL,
    thread_id          INTEGER,
    kind               TEXT NOT NULL CHECK (kind IN ('text', 'copy', 'card', 'file', 'erase')),
    text               TEXT,
    reply_markup       TEXT,
    from_chat_id       INTEGER,
    from_message_id    INTEGER,
    file_kind          TEXT,                    -- 'file': photo, voice, document, video, audio
    file_id            TEXT,
    request_id         INTEGER,                 -- staff chat rows: the topic is found at send
    request_message_id INTEGER,                 -- on delivery, its message id is recorded here
    reply_to_message_id INTEGER,
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'sent', 'blocked', 'failed')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    TEXT NOT NULL,
    last_error         TEXT,
    sent_message_id    INTEGER,
    created_at         TEXT NOT NULL,
    sent_at            TEXT
);
INSERT INTO outbox_new (id, chat_id, thread_id, kind, text, reply_markup, from_chat_id,
    from_message_id, status, attempts, next_attempt_at, last_error, sent_message_id,
    created_at, sent_at)
SELECT id, chat_id, thread_id, kind, text, reply_markup, from_chat_id, from_message_id, status,
    attempts, next_attempt_at, last_error, sent_message_id, created_at, sent_at
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_by_request ON outbox (request_id) WHERE request_id IS NOT NULL;
