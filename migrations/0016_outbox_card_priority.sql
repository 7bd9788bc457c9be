-- A card refresh an operator is waiting for (they pressed Take, Urgent, Close or Reopen) goes
-- ahead of other staff-chat traffic; one caused by a relayed message waits for room. NULL: the
-- sender's default for the row's kind.
ALTER TABLE outbox ADD COLUMN priority INTEGER;
-- How often a card refresh was asked for while its row was pending: a refresh asked for while
-- the card was being sent (rendered before the change) keeps the row pending, to send again.
ALTER TABLE outbox ADD COLUMN refresh_asked INTEGER NOT NULL DEFAULT 0;
