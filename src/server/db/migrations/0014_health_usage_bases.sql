CREATE TABLE "health_usage_bases" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"signature" text NOT NULL,
	"per_key" jsonb NOT NULL,
	CONSTRAINT "health_usage_bases_workspace_id_account_id_source_signature_pk" PRIMARY KEY("workspace_id","account_id","source","signature")
);
--> statement-breakpoint
ALTER TABLE "health_dirty" ADD COLUMN "usage_from" date;--> statement-breakpoint
ALTER TABLE "health_dirty" ADD COLUMN "claimed_usage_from" date;--> statement-breakpoint
ALTER TABLE "health_usage_bases" ADD CONSTRAINT "health_usage_bases_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;