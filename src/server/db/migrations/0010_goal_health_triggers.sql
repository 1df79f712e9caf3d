-- Goal progress and overdue goal reviews are health measures (issue 7): a new or changed goal
-- queues its account for a recompute, as sentiments and subscription changes do.
CREATE TRIGGER success_goals_health_insert AFTER INSERT ON success_goals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_account_refs();
--> statement-breakpoint
-- Except when the health worker itself refreshes goals bound to measures (it sets
-- kizuna.refreshing_goals for its transaction): a goal bound to the health score, scored by a
-- goal-progress measure, would otherwise queue its account for ever.
CREATE FUNCTION kizuna_queue_health_from_goals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('kizuna.refreshing_goals', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT workspace_id, account_id FROM changed_rows ORDER BY 1, 2
  ON CONFLICT (workspace_id, account_id) DO UPDATE SET bumps = health_dirty.bumps + 1, claimed_at = NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER success_goals_health_update AFTER UPDATE ON success_goals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_goals();
--> statement-breakpoint
-- A deleted goal changes the score too, unless its account is being deleted with it.
CREATE FUNCTION kizuna_queue_health_from_deleted_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT c.workspace_id, c.account_id FROM changed_rows c
  JOIN accounts a ON a.workspace_id = c.workspace_id AND a.id = c.account_id
  ORDER BY 1, 2
  ON CONFLICT (workspace_id, account_id) DO UPDATE SET bumps = health_dirty.bumps + 1, claimed_at = NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER success_goals_health_delete AFTER DELETE ON success_goals
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_deleted_refs();
