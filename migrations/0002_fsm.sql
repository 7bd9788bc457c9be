-- aiogram FSM state (a half-filled form) kept across restarts. key = aiogram StorageKey string.
CREATE TABLE fsm (
    key        TEXT PRIMARY KEY,
    state      TEXT,
    data       TEXT NOT NULL DEFAULT '{}',     -- JSON object
    updated_at TEXT NOT NULL
);
CREATE INDEX fsm_updated_at ON fsm (updated_at);
