-- Whether the labour contract ended early (1) or runs to its end date (0). The 15 days for a new
-- contract exist only after an early end more than 90 days after entry (EAEU Treaty art. 97(5)):
-- the deadline depends on it. NULL: a date entered before the bot asked; counted as an ordinary
-- end (no extra days), which is never later than the law allows.
ALTER TABLE personal_dates ADD COLUMN contract_early INTEGER CHECK (contract_early IN (0, 1));
