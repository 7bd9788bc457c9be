-- Placeholder in branch "hardening" only: 0011 belongs to another branch (0011 content-revise,
-- 0012-0013 corners), and migrations must be numbered 1..N without gaps. Delete this file when
-- merging, once the real 0011 is in.
SELECT 1;
