-- A card refresh an operator is waiting for (they pressed Take, Urgent, Close or Reopen) goes
-- ahead of other staff-chat traffic; one caused by a relayed message waits for room. NULL: the
-- sender's default for the row's kind.
ALTER TABLE outbox ADD COLUMN priority INTEGER;
