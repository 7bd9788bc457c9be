-- A broadcast the admin confirmed as a paid one (BROADCAST_PAID: Telegram's
-- allow_paid_broadcast, up to 1,000 messages a second for Stars). Recorded with the broadcast,
-- so a resumed or scheduled broadcast is sent as it was confirmed, never paid unconfirmed.
ALTER TABLE broadcasts ADD COLUMN paid INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1));
