-- Queue an account for a health recompute whenever data a measure or a scorecard rule reads
-- changes: the account row (fields, segment, renewal date), a dated subscription change
-- (seats, MRR) or a CSM sentiment. Statement-level triggers with transition tables keep a
-- 100,000-row import to one extra INSERT … SELECT; usage ingestion queues its own accounts.
CREATE FUNCTION kizuna_queue_health_from_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT workspace_id, id FROM changed_rows
  ON CONFLICT (workspace_id, account_id) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION kizuna_queue_health_from_account_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO health_dirty (workspace_id, account_id)
  SELECT DISTINCT workspace_id, account_id FROM changed_rows
  ON CONFLICT (workspace_id, account_id) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_health_insert AFTER INSERT ON accounts
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_accounts();
--> statement-breakpoint
CREATE TRIGGER accounts_health_update AFTER UPDATE ON accounts
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_accounts();
--> statement-breakpoint
CREATE TRIGGER subscription_events_health_insert AFTER INSERT ON subscription_events
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_account_refs();
--> statement-breakpoint
CREATE TRIGGER csm_sentiments_health_insert AFTER INSERT ON csm_sentiments
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_account_refs();
