-- worklog schema, version 5: indexes for the derived task states (SPEC §10 P7, `worklog status`).
--
-- Overdue, due soon and stale are read as SQL conditions on live tasks by state
-- (store/tasks.rs `state_cond`). Without these, every one of them walked all open tasks
-- through tasks_status and looked each row up in the table; with them, each is a range
-- seek: (status, due) for overdue (`due < today`) and due soon (`due BETWEEN`),
-- (status, assigned) for the stale candidates (`assigned <= today - stale_days`). Partial
-- (live rows only): every task query filters `deleted_at IS NULL`.
CREATE INDEX tasks_live_due ON tasks(status, due) WHERE deleted_at IS NULL;
CREATE INDEX tasks_live_assigned ON tasks(status, assigned) WHERE deleted_at IS NULL;
-- A plan's tasks in due order: the week's plan section reads its first rows and a count
-- from the index alone.
CREATE INDEX tasks_live_plan ON tasks(plan, due) WHERE deleted_at IS NULL;

-- A stale candidate is checked for a linked entry after a day: (task_id, date) answers
-- that with one seek, however many entries the task has. It replaces the index on
-- task_id alone (same cost per insert; task_id lookups use its first column).
DROP INDEX entries_task;
CREATE INDEX entries_task_date ON entries(task_id, date);
