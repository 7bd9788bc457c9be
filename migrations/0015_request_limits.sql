-- People an admin exempted from the limit on requests (open at once, new in 24 hours; see
-- bot/services/requests.py), with /staff lift ID; /staff limit ID deletes the row. Deleted
-- with the person's data ("Delete my data").
CREATE TABLE request_limit_lifts (
    user_id   INTEGER PRIMARY KEY,
    lifted_by INTEGER NOT NULL,
    lifted_at TEXT NOT NULL
);
