-- PLACEHOLDER on branch `casefiles` only, so that 0023 migrates on this branch alone (the
-- runner wants 1..N without gaps). Delete this file when merging: the real migration with
-- this number comes from another branch. Never ship it.
SELECT 1;
