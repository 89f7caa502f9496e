CREATE TYPE "public"."campaign_outcome" AS ENUM('delivered', 'response', 'won');--> statement-breakpoint
CREATE TYPE "public"."campaign_update_kind" AS ENUM('news', 'delivered', 'response', 'won');--> statement-breakpoint
CREATE TYPE "public"."mailing_status" AS ENUM('draft', 'sending', 'sent');--> statement-breakpoint
ALTER TYPE "public"."signature_status" ADD VALUE 'invalidated';--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text NOT NULL,
	"action" text NOT NULL,
	"campaign_id" uuid,
	"event_id" uuid,
	"subject" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_mailings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "mailing_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"send_requested_at" timestamp with time zone,
	"sent_by" uuid,
	"recipients" integer,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "campaign_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "campaign_update_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offline_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tally_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"full_name" text NOT NULL,
	"country" text,
	"city" text,
	"postcode" text,
	"office" text,
	"municipality" text,
	"signed_on" date
);
--> statement-breakpoint
CREATE TABLE "signature_invalidations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"filter" jsonb NOT NULL,
	"reason" text NOT NULL,
	"matched" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" uuid
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "milestones" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "featured_image_url" text;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "featured_image_alt" text;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "outcome" "campaign_outcome";--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "mailing_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "offline_tallies" ADD COLUMN "imported_from" text;--> statement-breakpoint
ALTER TABLE "offline_tallies" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "ip_hash" "bytea";--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "name_hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "comment_hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "invalidation_id" uuid;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "status_before_invalidation" "signature_status";--> statement-breakpoint
ALTER TABLE "campaign_mailings" ADD CONSTRAINT "campaign_mailings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offline_signatures" ADD CONSTRAINT "offline_signatures_tally_id_offline_tallies_id_fk" FOREIGN KEY ("tally_id") REFERENCES "public"."offline_tallies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offline_signatures" ADD CONSTRAINT "offline_signatures_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_invalidations" ADD CONSTRAINT "signature_invalidations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_campaign_idx" ON "audit_log" USING btree ("campaign_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "campaign_mailings_campaign_idx" ON "campaign_mailings" USING btree ("campaign_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "campaign_updates_campaign_idx" ON "campaign_updates" USING btree ("campaign_id","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "offline_signatures_tally_idx" ON "offline_signatures" USING btree ("tally_id");--> statement-breakpoint
CREATE INDEX "offline_signatures_campaign_idx" ON "offline_signatures" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "signature_invalidations_campaign_idx" ON "signature_invalidations" USING btree ("campaign_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_mailing_id_campaign_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."campaign_mailings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_invalidation_id_signature_invalidations_id_fk" FOREIGN KEY ("invalidation_id") REFERENCES "public"."signature_invalidations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_mailing_signature_unique" ON "email_outbox" USING btree ("mailing_id","signature_id") WHERE "email_outbox"."mailing_id" is not null;--> statement-breakpoint
CREATE INDEX "signatures_invalidation_idx" ON "signatures" USING btree ("invalidation_id") WHERE "signatures"."invalidation_id" is not null;--> statement-breakpoint
CREATE INDEX "signatures_campaign_created_idx" ON "signatures" USING btree ("campaign_id","created_at");