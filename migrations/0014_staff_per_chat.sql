-- Several teams, one bot: a role (operator or admin) is given in one staff chat and counts
-- there only. chat_id 0 means every staff chat: the roles given before roles were per chat.
-- ADMIN_IDS from the environment are admins of every staff chat, without a row here.
CREATE TABLE staff_new (
    chat_id  INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('operator', 'admin')),
    added_by INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, user_id)
) WITHOUT ROWID;
INSERT INTO staff_new (chat_id, user_id, role, added_by, added_at)
SELECT 0, user_id, role, added_by, added_at FROM staff;
DROP TABLE staff;
ALTER TABLE staff_new RENAME TO staff;

-- /stats and /export of one staff chat read its period through this covering index, as
-- requests_created does for all chats.
CREATE INDEX requests_chat_created ON requests (staff_chat_id, created_at, status, category, city);
