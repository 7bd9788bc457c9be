-- /stats over all time: how many requests each staff chat has per status, category and city,
-- and per holder (with how many of them are open and urgent). Counting them from the requests
-- read every request four times (~130 ms at 500,000 requests); these tables are kept by the
-- triggers below on every insert, change and delete of a request, so /stats reads a few rows
-- (a count that fell to 0 stays as a row; readers skip it).
-- tests/unit/test_request_counts.py checks them against COUNT(*) after random changes.

CREATE TABLE request_counts (
    staff_chat_id INTEGER NOT NULL,
    dimension     TEXT NOT NULL CHECK (dimension IN ('status', 'category', 'city')),
    value         TEXT NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (staff_chat_id, dimension, value)
) WITHOUT ROWID;

-- assignee_id 0: held by nobody (a primary key cannot tell NULLs apart).
CREATE TABLE request_holder_counts (
    staff_chat_id INTEGER NOT NULL,
    assignee_id   INTEGER NOT NULL,
    n             INTEGER NOT NULL,
    open_n        INTEGER NOT NULL,
    urgent_n      INTEGER NOT NULL,
    PRIMARY KEY (staff_chat_id, assignee_id)
) WITHOUT ROWID;

INSERT INTO request_counts (staff_chat_id, dimension, value, n)
SELECT staff_chat_id, 'status', status, COUNT(*) FROM requests GROUP BY staff_chat_id, status;
INSERT INTO request_counts (staff_chat_id, dimension, value, n)
SELECT staff_chat_id, 'category', category, COUNT(*) FROM requests
GROUP BY staff_chat_id, category;
INSERT INTO request_counts (staff_chat_id, dimension, value, n)
SELECT staff_chat_id, 'city', city, COUNT(*) FROM requests GROUP BY staff_chat_id, city;
INSERT INTO request_holder_counts (staff_chat_id, assignee_id, n, open_n, urgent_n)
SELECT staff_chat_id, COALESCE(assignee_id, 0), COUNT(*), SUM(status != 'closed'), SUM(urgent)
FROM requests GROUP BY staff_chat_id, COALESCE(assignee_id, 0);

CREATE TRIGGER request_counted AFTER INSERT ON requests
BEGIN
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'status', NEW.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'city', NEW.city, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_holder_counts VALUES (
        NEW.staff_chat_id, COALESCE(NEW.assignee_id, 0), 1, NEW.status != 'closed', NEW.urgent
    ) ON CONFLICT DO UPDATE SET
        n = n + 1, open_n = open_n + excluded.open_n, urgent_n = urgent_n + excluded.urgent_n;
END;

CREATE TRIGGER request_uncounted AFTER DELETE ON requests
BEGIN
    UPDATE request_counts SET n = n - 1
    WHERE staff_chat_id = OLD.staff_chat_id
      AND ((dimension = 'status' AND value = OLD.status)
        OR (dimension = 'category' AND value = OLD.category)
        OR (dimension = 'city' AND value = OLD.city));
    UPDATE request_holder_counts SET
        n = n - 1, open_n = open_n - (OLD.status != 'closed'), urgent_n = urgent_n - OLD.urgent
    WHERE staff_chat_id = OLD.staff_chat_id AND assignee_id = COALESCE(OLD.assignee_id, 0);
END;

-- A change of what is counted: the old row is taken out (as in request_uncounted), the new one
-- put in (as in request_counted); SQLite triggers cannot call each other, so the lines repeat.
CREATE TRIGGER request_recounted
AFTER UPDATE OF staff_chat_id, status, category, city, assignee_id, urgent ON requests
WHEN OLD.staff_chat_id IS NOT NEW.staff_chat_id OR OLD.status IS NOT NEW.status
  OR OLD.category IS NOT NEW.category OR OLD.city IS NOT NEW.city
  OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.urgent IS NOT NEW.urgent
BEGIN
    UPDATE request_counts SET n = n - 1
    WHERE staff_chat_id = OLD.staff_chat_id
      AND ((dimension = 'status' AND value = OLD.status)
        OR (dimension = 'category' AND value = OLD.category)
        OR (dimension = 'city' AND value = OLD.city));
    UPDATE request_holder_counts SET
        n = n - 1, open_n = open_n - (OLD.status != 'closed'), urgent_n = urgent_n - OLD.urgent
    WHERE staff_chat_id = OLD.staff_chat_id AND assignee_id = COALESCE(OLD.assignee_id, 0);
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'status', NEW.status, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_counts VALUES (NEW.staff_chat_id, 'city', NEW.city, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO request_holder_counts VALUES (
        NEW.staff_chat_id, COALESCE(NEW.assignee_id, 0), 1, NEW.status != 'closed', NEW.urgent
    ) ON CONFLICT DO UPDATE SET
        n = n + 1, open_n = open_n + excluded.open_n, urgent_n = urgent_n + excluded.urgent_n;
END;

-- The indexes only the all-time counts read (0019, 0020): every write paid for them.
DROP INDEX requests_chat_status;
DROP INDEX requests_chat_category;
DROP INDEX requests_chat_city;
DROP INDEX requests_holder_all;
