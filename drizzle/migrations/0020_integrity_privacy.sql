ALTER TYPE "public"."signature_status" ADD VALUE 'held';--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "retention_months" smallint DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "keep_public_list" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "held_reason" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "consent_version" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_retention_months_range" CHECK ("campaigns"."retention_months" between 1 and 60);