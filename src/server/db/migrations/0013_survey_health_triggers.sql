-- Survey answers feed the health score's NPS and CSAT measures (issue 6): a new, edited or
-- deleted response queues its account for a recompute, as goals and sentiments do.
CREATE TRIGGER survey_responses_health_insert AFTER INSERT ON survey_responses
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_account_refs();
--> statement-breakpoint
CREATE TRIGGER survey_responses_health_update AFTER UPDATE ON survey_responses
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_account_refs();
--> statement-breakpoint
CREATE TRIGGER survey_responses_health_delete AFTER DELETE ON survey_responses
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_queue_health_from_deleted_refs();
