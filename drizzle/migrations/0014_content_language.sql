ALTER TABLE "campaigns" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_language_known" CHECK ("campaigns"."language" in ('en', 'fr', 'fa'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_language_known" CHECK ("events"."language" in ('en', 'fr', 'fa'));