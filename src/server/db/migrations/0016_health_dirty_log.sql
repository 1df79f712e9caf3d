CREATE TABLE "health_dirty_log" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"usage_from" date
);
