-- Anonymous daily counts of rights pages read, per language: which topics migrants need most,
-- for the office's monitoring reports. No user id is stored.
CREATE TABLE page_views (
    day     TEXT NOT NULL,                      -- UTC date, YYYY-MM-DD
    page_id TEXT NOT NULL,
    locale  TEXT NOT NULL,
    views   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, page_id, locale)
) WITHOUT ROWID;
