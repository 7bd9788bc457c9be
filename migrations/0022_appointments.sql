-- Receptions of citizens with appointment slots (issue 16): a reception may offer times from
-- slots_from to slots_to (UTC), slot_minutes each; a migrant books one of them and says in one
-- line what the matter is. A reception with slots is by appointment only (no registrations).
ALTER TABLE events ADD COLUMN slot_minutes INTEGER
    CHECK (slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 120);
ALTER TABLE events ADD COLUMN slots_from TEXT;   -- UTC ISO 8601, the first slot's start
ALTER TABLE events ADD COLUMN slots_to TEXT;     -- UTC ISO 8601, no slot ends after it

CREATE TABLE appointments (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- NULL once the retention period is over (the row stays for the counts); Delete my data
    -- deletes the row with the user's.
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    slot_start  TEXT NOT NULL,                   -- UTC ISO 8601
    matter      TEXT,                            -- the person's one line; NULL once forgotten
    first_name  TEXT,                            -- as Telegram gave it at booking, for the queue
    consent_at  TEXT NOT NULL,
    booked_at   TEXT NOT NULL,
    armed_at    TEXT NOT NULL,                   -- booked or moved: which reminders are ahead
    reminded_at TEXT,                            -- the last reminder sent
    came_at     TEXT,                            -- staff marked them as come
    request_id  INTEGER REFERENCES requests (id) ON DELETE SET NULL,  -- turned into one
    forgotten_at TEXT                            -- matter, name and user erased (retention)
);
-- One person per time, one time per person: two people racing for the last slot, one wins.
CREATE UNIQUE INDEX appointments_slot ON appointments (event_id, slot_start);
CREATE UNIQUE INDEX appointments_person ON appointments (event_id, user_id);
CREATE INDEX appointments_by_user ON appointments (user_id);
