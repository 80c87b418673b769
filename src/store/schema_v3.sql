-- worklog schema, version 3: the undo journal's triggers become permanent. They and the
-- `undo_old_*` shadow tables are generated from the live schema by `store::undo::install`,
-- which runs after every migration; this step only marks the version.
SELECT 1;
