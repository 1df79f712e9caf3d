ALTER TABLE "usage_event_days" DROP CONSTRAINT "usage_event_days_workspace_id_account_id_accounts_workspace_id_id_fk";
--> statement-breakpoint
ALTER TABLE "usage_user_days" DROP CONSTRAINT "usage_user_days_workspace_id_account_id_accounts_workspace_id_id_fk";
