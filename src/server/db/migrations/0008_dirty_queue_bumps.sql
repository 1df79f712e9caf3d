-- Queueing an account that is already queued (perhaps claimed by a worker right now) bumps
-- its row and releases the claim, so the worker that holds it will not delete it and the new
-- data is scored again.
CREATE OR REPLACE FUNCTION kizuna_queue_health_from_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT workspace_id, id FROM changed_rows ORDER BY 1, 2
  ON CONFLICT (workspace_id, account_id) DO UPDATE SET bumps = health_dirty.bumps + 1, claimed_at = NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kizuna_queue_health_from_account_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT workspace_id, account_id FROM changed_rows ORDER BY 1, 2
  ON CONFLICT (workspace_id, account_id) DO UPDATE SET bumps = health_dirty.bumps + 1, claimed_at = NULL;
  RETURN NULL;
END $$;
