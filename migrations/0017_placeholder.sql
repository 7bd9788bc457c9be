-- Placeholder, only so that this branch's 0018 applies (migrations run 1..N without gaps):
-- number 0017 belongs to another branch of issue 16. Delete this file when merging; the
-- other branch's 0017 takes its place.
SELECT 1;
