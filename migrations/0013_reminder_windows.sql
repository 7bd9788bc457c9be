-- One event reminder at a time, and only for a window that had not begun yet when it was
-- armed: when the person's seat was confirmed (registered, or moved up from the waiting list)
-- or the event was last moved. Someone registering 61 minutes before a webinar gets the 1-hour
-- reminder only; after a move nobody gets a "24 hours" reminder a minute after the notice.
ALTER TABLE events ADD COLUMN rescheduled_at TEXT;          -- UTC, the last change of time
ALTER TABLE registrations ADD COLUMN registered_at TEXT;    -- UTC, when the seat was confirmed
ALTER TABLE registrations ADD COLUMN reminded_at TEXT;      -- UTC, the last reminder sent
UPDATE registrations SET registered_at = created_at WHERE status = 'registered';
UPDATE registrations SET reminded_at = (
    SELECT MAX(s.sent_at) FROM event_reminders_sent s
    WHERE s.event_id = registrations.event_id AND s.user_id = registrations.user_id
);
