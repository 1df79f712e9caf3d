-- Tables whose rows are updated again and again keep room on each page, so an update can stay on
-- its page without new index entries (a HOT update: PostgreSQL does that only when no indexed
-- column changed and the page has space). Today's rollup rows are bumped by every batch, the
-- queue rows by every claim and bump, the current scores by every pass of the health worker.
-- Only pages filled from now on keep the room.
ALTER TABLE usage_event_days SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE usage_user_days SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE health_dirty SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE health_scores SET (fillfactor = 70);
