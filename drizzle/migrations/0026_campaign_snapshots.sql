CREATE TYPE "public"."campaign_snapshot_status" AS ENUM('queued', 'running', 'finished', 'failed');--> statement-breakpoint
CREATE TABLE "campaign_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"status" "campaign_snapshot_status" DEFAULT 'queued' NOT NULL,
	"languages" jsonb NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"rows_total" integer,
	"counts" jsonb,
	"sha256" text,
	"pdf" "bytea",
	"pdf_bytes" integer,
	"page_count" integer,
	"error" text,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "campaign_snapshots_finished_shape" CHECK (("campaign_snapshots"."status" = 'finished') = ("campaign_snapshots"."sha256" is not null and "campaign_snapshots"."pdf" is not null and "campaign_snapshots"."counts" is not null))
);
--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD COLUMN "snapshot_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_snapshots" ADD CONSTRAINT "campaign_snapshots_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_snapshots_campaign_idx" ON "campaign_snapshots" USING btree ("campaign_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "campaign_snapshots_pending_idx" ON "campaign_snapshots" USING btree ("created_at") WHERE "campaign_snapshots"."status" in ('queued', 'running');--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_snapshot_id_campaign_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."campaign_snapshots"("id") ON DELETE set null ON UPDATE no action;