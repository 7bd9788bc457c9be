-- Case files (/casefile): every ZIP of a request's thread and evidence sent to an admin is
-- recorded here, and /audit lists them. The rows hold staff ids and request numbers only, no
-- migrant's data, and are kept when the request is anonymised: the audit outlives the data.
CREATE TABLE case_file_downloads (
    id            INTEGER PRIMARY KEY,
    request_id    INTEGER NOT NULL,            -- requests.id (requests are never deleted)
    staff_chat_id INTEGER NOT NULL,            -- the request's staff chat when it was sent
    admin_id      INTEGER NOT NULL,            -- who received it, in their private chat
    sent_at       TEXT NOT NULL,
    files         INTEGER NOT NULL,            -- files in the ZIP
    left_out      INTEGER NOT NULL DEFAULT 0,  -- files Telegram did not give or over the cap
    bytes         INTEGER NOT NULL             -- size of the ZIP
);
CREATE INDEX case_file_downloads_by_request ON case_file_downloads (request_id, id);
CREATE INDEX case_file_downloads_by_chat ON case_file_downloads (staff_chat_id, id);
