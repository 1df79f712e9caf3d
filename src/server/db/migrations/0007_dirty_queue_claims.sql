ALTER TABLE "health_dirty" ADD COLUMN "bumps" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "health_dirty" ADD COLUMN "claimed_at" timestamp with time zone;