CREATE TABLE "voc_dismissals" (
	"workspace_id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"question_id" text DEFAULT '' NOT NULL,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voc_dismissals_workspace_id_source_kind_source_id_question_id_pk" PRIMARY KEY("workspace_id","source_kind","source_id","question_id"),
	CONSTRAINT "voc_dismissals_source_kind" CHECK ("voc_dismissals"."source_kind" in ('survey_response', 'activity'))
);
--> statement-breakpoint
ALTER TABLE "voc_dismissals" ADD CONSTRAINT "voc_dismissals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;