-- Rejected objects (a critical table expectation failed) are counted apart from failed ones. Runs may now also end
-- 'interrupted': the CLI process that ran them ended first (RunStatus.Interrupted).
ALTER TABLE lakehouse.runs ADD COLUMN rejected integer NOT NULL DEFAULT 0;
