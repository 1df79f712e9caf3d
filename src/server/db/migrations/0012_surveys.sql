CREATE TABLE "survey_recipients" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"token" text NOT NULL,
	"language" text DEFAULT 'ja' NOT NULL,
	"invited_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"first_opened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_recipients_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "survey_recipients_contact" UNIQUE("workspace_id","survey_id","contact_id"),
	CONSTRAINT "survey_recipients_token" UNIQUE("workspace_id","token")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"recipient_id" uuid,
	"answers" jsonb NOT NULL,
	"language" text DEFAULT 'ja' NOT NULL,
	"source" text DEFAULT 'link' NOT NULL,
	"nps" smallint,
	"csat" smallint,
	"continuation" smallint,
	"recommendation" smallint,
	"trouble" boolean,
	"consulted" boolean,
	"handling" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_responses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "survey_responses_contact" UNIQUE("workspace_id","survey_id","contact_id"),
	CONSTRAINT "survey_responses_nps" CHECK ("survey_responses"."nps" between 0 and 10),
	CONSTRAINT "survey_responses_csat" CHECK ("survey_responses"."csat" between 1 and 5),
	CONSTRAINT "survey_responses_continuation" CHECK ("survey_responses"."continuation" between 1 and 5),
	CONSTRAINT "survey_responses_recommendation" CHECK ("survey_responses"."recommendation" between 1 and 5),
	CONSTRAINT "survey_responses_handling" CHECK ("survey_responses"."handling" in ('above', 'as', 'below')),
	CONSTRAINT "survey_responses_source" CHECK ("survey_responses"."source" in ('link', 'api', 'demo', 'import'))
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'custom' NOT NULL,
	"series" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"languages" text[] DEFAULT array['ja','en']::text[] NOT NULL,
	"email_subject" jsonb,
	"email_body" jsonb,
	"remind_after_days" integer,
	"opened_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "surveys_status" CHECK ("surveys"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "surveys_kind" CHECK ("surveys"."kind" in ('cx', 'nps', 'custom'))
);
--> statement-breakpoint
CREATE TABLE "voc_items" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"areas" text[] DEFAULT array[]::text[] NOT NULL,
	"kind" text DEFAULT 'request' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "voc_items_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "voc_items_status" CHECK ("voc_items"."status" in ('new', 'sent', 'planned', 'done', 'declined')),
	CONSTRAINT "voc_items_kind" CHECK ("voc_items"."kind" in ('request', 'pain'))
);
--> statement-breakpoint
CREATE TABLE "voc_mentions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid,
	"quote" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voc_mentions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "voc_mentions_source_kind" CHECK ("voc_mentions"."source_kind" in ('survey_response', 'activity', 'task', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "voc_settings" (
	"workspace_id" uuid NOT NULL,
	"webhook_url" text,
	"areas" text[] DEFAULT array[]::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voc_settings_workspace_id_pk" PRIMARY KEY("workspace_id")
);
--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voc_items" ADD CONSTRAINT "voc_items_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voc_mentions" ADD CONSTRAINT "voc_mentions_workspace_id_item_id_voc_items_workspace_id_id_fk" FOREIGN KEY ("workspace_id","item_id") REFERENCES "public"."voc_items"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voc_mentions" ADD CONSTRAINT "voc_mentions_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voc_settings" ADD CONSTRAINT "voc_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_account_idx" ON "survey_responses" USING btree ("workspace_id","account_id","submitted_at");--> statement-breakpoint
CREATE INDEX "surveys_series_idx" ON "surveys" USING btree ("workspace_id","series");--> statement-breakpoint
CREATE INDEX "voc_mentions_item_idx" ON "voc_mentions" USING btree ("workspace_id","item_id");--> statement-breakpoint
CREATE INDEX "voc_mentions_source_idx" ON "voc_mentions" USING btree ("workspace_id","source_kind","source_id");