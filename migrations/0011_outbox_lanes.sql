-- The outbox sender delivers lane by lane (a private chat, or one request's rows in a staff
-- chat), each lane's oldest pending row first: this index finds those heads without scanning.
CREATE INDEX outbox_lanes ON outbox (chat_id, COALESCE(request_id, 0), id) WHERE status = 'pending';
