-- Webinars and in-person receptions of citizens, registrations with a waiting list, and the
-- reminders sent (so none is sent twice).
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('webinar', 'reception')),
    starts_at    TEXT NOT NULL,               -- UTC ISO 8601
    tz           TEXT NOT NULL,               -- IANA zone the event is shown in
    city         TEXT,                        -- reception
    place        TEXT,                        -- reception: address
    url          TEXT,                        -- webinar: link
    capacity     INTEGER CHECK (capacity IS NULL OR capacity > 0),
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX events_upcoming ON events (starts_at) WHERE cancelled_at IS NULL;

-- Title and description per language; at least one language per event.
CREATE TABLE event_texts (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    locale      TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, locale)
) WITHOUT ROWID;

CREATE TABLE registrations (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('registered', 'waiting')),
    created_at TEXT NOT NULL,                 -- the waiting list moves up in this order
    PRIMARY KEY (event_id, user_id)
) WITHOUT ROWID;
CREATE INDEX registrations_by_user ON registrations (user_id);

CREATE TABLE event_reminders_sent (
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    minutes_before INTEGER NOT NULL,
    sent_at        TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id, minutes_before)
) WITHOUT ROWID;
