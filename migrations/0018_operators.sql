-- The office's daily work (issue 16, operators): names of staff, answer deadlines, the
-- off-hours auto-reply and the forum topic's closed state.

-- Display names of staff members (first and last name, else @username) as last seen when
-- they wrote or pressed a button in a staff chat, so that cards, /queue and notices name
-- operators instead of showing an id. Only people with a role in that chat; never migrants'.
CREATE TABLE staff_names (
    user_id    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- answer_due_at: when the first answer is due (SLA_* minutes counted within office hours);
-- NULL: no deadline (filed before this version, or SLA_MINUTES=0). escalated_at: the
-- deadline passed without an answer and staff were told (once). away_notice_until: the
-- migrant was told, in the current off-hours period, when the office answers; no new notice
-- before this moment (the next opening). topic_closed: the forum topic is closed in Telegram.
ALTER TABLE requests ADD COLUMN answer_due_at TEXT;
ALTER TABLE requests ADD COLUMN escalated_at TEXT;
ALTER TABLE requests ADD COLUMN away_notice_until TEXT;
ALTER TABLE requests ADD COLUMN topic_closed INTEGER NOT NULL DEFAULT 0;

-- The escalation job's once-a-minute question: which open, unanswered requests are overdue.
CREATE INDEX requests_answer_due ON requests (answer_due_at)
    WHERE answer_due_at IS NOT NULL AND escalated_at IS NULL AND first_response_at IS NULL
    AND status != 'closed';
-- /queue per operator: who holds how many open (and urgent) requests, per staff chat, from
-- the open requests alone.
CREATE INDEX requests_open_by_holder ON requests (staff_chat_id, assignee_id, urgent)
    WHERE status != 'closed';
-- /stats per operator over all time, from the index alone.
CREATE INDEX requests_by_holder ON requests (staff_chat_id, assignee_id, status, urgent);
