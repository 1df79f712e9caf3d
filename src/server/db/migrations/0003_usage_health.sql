CREATE TABLE "usage_event_days" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"event" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "usage_event_days_workspace_id_account_id_day_event_pk" PRIMARY KEY("workspace_id","account_id","day","event")
);
--> statement-breakpoint
CREATE TABLE "usage_events" (
	"workspace_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"event" text,
	"user_id" text,
	"anonymous_id" text,
	"group_id" text,
	"account_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_seconds" integer,
	"properties" jsonb,
	CONSTRAINT "usage_events_workspace_id_message_id_pk" PRIMARY KEY("workspace_id","message_id")
);
--> statement-breakpoint
CREATE TABLE "usage_user_days" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"user_id" text NOT NULL,
	"events" integer NOT NULL,
	"duration_seconds" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "usage_user_days_workspace_id_account_id_day_user_id_pk" PRIMARY KEY("workspace_id","account_id","day","user_id")
);
--> statement-breakpoint
CREATE TABLE "usage_users" (
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"group_id" text,
	"contact_id" uuid,
	"email" text,
	"name" text,
	"traits" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_users_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "csm_sentiments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"value" integer NOT NULL,
	"reason" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "csm_sentiments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "csm_sentiments_value_check" CHECK ("csm_sentiments"."value" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "health_dirty" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_dirty_workspace_id_account_id_pk" PRIMARY KEY("workspace_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "health_history" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"score" numeric(5, 1),
	"band" text,
	"scorecard_id" uuid NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "health_history_workspace_id_account_id_day_pk" PRIMARY KEY("workspace_id","account_id","day")
);
--> statement-breakpoint
CREATE TABLE "health_scores" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"score" numeric(5, 1),
	"band" text,
	"explanation" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "health_scores_workspace_id_account_id_pk" PRIMARY KEY("workspace_id","account_id"),
	CONSTRAINT "health_scores_band_check" CHECK ("health_scores"."band" is null or "health_scores"."band" in ('red', 'yellow', 'green'))
);
--> statement-breakpoint
CREATE TABLE "health_settings" (
	"workspace_id" uuid NOT NULL,
	"login_events" jsonb NOT NULL,
	"sentiment_stale_days" integer NOT NULL,
	"last_full_recompute_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_settings_workspace_id_pk" PRIMARY KEY("workspace_id")
);
--> statement-breakpoint
CREATE TABLE "scorecard_versions" (
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"percentiles" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_versions_workspace_id_scorecard_id_version_pk" PRIMARY KEY("workspace_id","scorecard_id","version")
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"rule" jsonb NOT NULL,
	"current_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "usage_event_days" ADD CONSTRAINT "usage_event_days_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_user_days" ADD CONSTRAINT "usage_user_days_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csm_sentiments" ADD CONSTRAINT "csm_sentiments_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_dirty" ADD CONSTRAINT "health_dirty_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_history" ADD CONSTRAINT "health_history_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_scores" ADD CONSTRAINT "health_scores_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usage_events_account_idx" ON "usage_events" USING btree ("workspace_id","account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "usage_events_unmatched_idx" ON "usage_events" USING btree ("workspace_id","group_id","user_id") WHERE "usage_events"."account_id" is null;--> statement-breakpoint
CREATE INDEX "usage_users_group_idx" ON "usage_users" USING btree ("workspace_id","group_id");--> statement-breakpoint
CREATE INDEX "csm_sentiments_account_idx" ON "csm_sentiments" USING btree ("workspace_id","account_id","created_at");--> statement-breakpoint
CREATE INDEX "health_history_day_idx" ON "health_history" USING btree ("workspace_id","day");--> statement-breakpoint
CREATE INDEX "health_scores_score_idx" ON "health_scores" USING btree ("workspace_id","score","account_id");--> statement-breakpoint
CREATE INDEX "scorecards_position_idx" ON "scorecards" USING btree ("workspace_id","position");