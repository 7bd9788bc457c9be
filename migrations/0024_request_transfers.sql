-- A request handed to a partner institution's staff chat (issue 16, operators: the Kyrgyz
-- Ombudsman and the Russian Commissioner take up each other's citizens' cases). One row per
-- transfer: where it came from (with the topic and card it leaves behind, so an operator
-- writing there is told where it went, and "Delete my data" can remove them too), where it
-- went, who handed it over and when. No personal data beyond the request's number.
CREATE TABLE request_transfers (
    id                   INTEGER PRIMARY KEY,
    request_id           INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    from_chat_id         INTEGER NOT NULL,
    to_chat_id           INTEGER NOT NULL,
    from_topic_id        INTEGER,                -- NULL: a plain group, or no topic yet
    from_card_message_id INTEGER,
    by_staff_id          INTEGER NOT NULL,
    at                   TEXT NOT NULL
);
CREATE INDEX request_transfers_by_request ON request_transfers (request_id, id);
CREATE INDEX request_transfers_from_topic ON request_transfers (from_chat_id, from_topic_id);
CREATE INDEX request_transfers_from_card ON request_transfers (from_chat_id, from_card_message_id);
CREATE INDEX request_transfers_out ON request_transfers (from_chat_id, at);
CREATE INDEX request_transfers_in ON request_transfers (to_chat_id, at);
CREATE INDEX request_transfers_at ON request_transfers (at);

-- Message ids are per chat: once a request has lived in two staff chats, a staff-side id
-- means something only with its chat. Every row with a staff-side id says which chat it is
-- in (before this version a request never left the chat it was routed to).
ALTER TABLE request_messages ADD COLUMN staff_chat_id INTEGER;
UPDATE request_messages
SET staff_chat_id = (SELECT r.staff_chat_id FROM requests r WHERE r.id = request_id)
WHERE staff_message_id IS NOT NULL;
DROP INDEX request_messages_out_once;
CREATE UNIQUE INDEX request_messages_out_once
    ON request_messages (request_id, staff_chat_id, staff_message_id)
    WHERE direction IN ('out', 'note') AND staff_message_id IS NOT NULL;
