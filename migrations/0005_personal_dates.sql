-- Personal deadlines: only the dates a migrant chose to enter, nothing else. Deleted with
-- the user's "delete my dates"; reminders sent are recorded so none is sent twice.
CREATE TABLE personal_dates (
    user_id        INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    entry_date     TEXT,                    -- YYYY-MM-DD, date of entry to Russia
    contract_end   TEXT,                    -- YYYY-MM-DD, labour contract's end
    medical_expiry TEXT,                    -- YYYY-MM-DD, medical certificate's expiry
    updated_at     TEXT NOT NULL
);

CREATE TABLE deadline_reminders_sent (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,              -- registration | medical | contract | certificate
    due_date    TEXT NOT NULL,
    days_before INTEGER NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, due_date, days_before)
) WITHOUT ROWID;
