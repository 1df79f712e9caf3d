CREATE TABLE "goal_measurements" (
	"workspace_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"day" date NOT NULL,
	"value" numeric NOT NULL,
	"source" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_measurements_workspace_id_goal_id_day_pk" PRIMARY KEY("workspace_id","goal_id","day")
);
--> statement-breakpoint
CREATE TABLE "goal_reviews" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_reviews_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "maturity_assessments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"total" integer NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_assessments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "maturity_assessments_total_check" CHECK ("maturity_assessments"."total" between 0 and 800)
);
--> statement-breakpoint
CREATE TABLE "success_goals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"metric" text NOT NULL,
	"unit" text,
	"baseline" numeric NOT NULL,
	"target" numeric NOT NULL,
	"current" numeric,
	"current_at" timestamp with time zone,
	"binding" jsonb,
	"due_on" date,
	"customer_owner_contact_id" uuid,
	"customer_owner_name" text,
	"owner_id" uuid,
	"status" text DEFAULT 'not_started' NOT NULL,
	"next_review_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "success_goals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "success_goals_status_check" CHECK ("success_goals"."status" in ('not_started', 'on_track', 'at_risk', 'achieved', 'missed', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "success_plan_shares" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"locale" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_opened_at" timestamp with time zone,
	"open_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "success_plan_shares_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "goal_measurements" ADD CONSTRAINT "goal_measurements_workspace_id_goal_id_success_goals_workspace_id_id_fk" FOREIGN KEY ("workspace_id","goal_id") REFERENCES "public"."success_goals"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_reviews" ADD CONSTRAINT "goal_reviews_workspace_id_goal_id_success_goals_workspace_id_id_fk" FOREIGN KEY ("workspace_id","goal_id") REFERENCES "public"."success_goals"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_goals" ADD CONSTRAINT "success_goals_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_plan_shares" ADD CONSTRAINT "success_plan_shares_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_reviews_goal_idx" ON "goal_reviews" USING btree ("workspace_id","goal_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "maturity_assessments_day_idx" ON "maturity_assessments" USING btree ("workspace_id","assessed_on");--> statement-breakpoint
CREATE INDEX "success_goals_account_idx" ON "success_goals" USING btree ("workspace_id","account_id","position");--> statement-breakpoint
CREATE INDEX "success_goals_review_idx" ON "success_goals" USING btree ("workspace_id","next_review_on");--> statement-breakpoint
CREATE INDEX "success_plan_shares_token_idx" ON "success_plan_shares" USING btree ("workspace_id","token_hash");--> statement-breakpoint
CREATE INDEX "success_plan_shares_account_idx" ON "success_plan_shares" USING btree ("workspace_id","account_id");