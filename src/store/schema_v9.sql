-- worklog schema, version 9 (issue 11): whether a document was ever required. Issuing a required
-- document turns its status to 'issued'; the stock-take still counts it among the
-- documents the rules require, so "required" keeps its total and the issued one moves
-- from pending to issued. Documents required before this step: those still pending.
ALTER TABLE documents ADD COLUMN was_required INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET was_required = 1 WHERE status = 'required';
