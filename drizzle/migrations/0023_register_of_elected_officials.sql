CREATE TYPE "public"."register_decision" AS ENUM('confirmed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."register_extract_status" AS ENUM('importing', 'complete', 'failed');--> statement-breakpoint
CREATE TYPE "public"."register_file_kind" AS ENUM('mayors', 'municipal-councillors');--> statement-breakpoint
CREATE TYPE "public"."register_match_result" AS ENUM('verified', 'review', 'not-found', 'left-office');--> statement-breakpoint
CREATE TABLE "register_extracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "register_file_kind" NOT NULL,
	"extract_date" date NOT NULL,
	"file_name" text NOT NULL,
	"status" "register_extract_status" DEFAULT 'importing' NOT NULL,
	"bytes_total" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "register_matches" (
	"signature_id" uuid NOT NULL,
	"extract_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"result" "register_match_result" NOT NULL,
	"difference" text,
	"official_name" text,
	"official_office" text,
	"departement_code" text,
	"decision" "register_decision",
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"current" boolean DEFAULT true NOT NULL,
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_matches_signature_id_extract_id_pk" PRIMARY KEY("signature_id","extract_id")
);
--> statement-breakpoint
CREATE TABLE "register_officials" (
	"extract_id" uuid NOT NULL,
	"departement_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"surname" text NOT NULL,
	"first_name" text NOT NULL,
	"office" text NOT NULL,
	"mandate_started_on" date,
	"function_started_on" date
);
--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "commune_code" text;--> statement-breakpoint
ALTER TABLE "register_matches" ADD CONSTRAINT "register_matches_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_matches" ADD CONSTRAINT "register_matches_extract_id_register_extracts_id_fk" FOREIGN KEY ("extract_id") REFERENCES "public"."register_extracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_matches" ADD CONSTRAINT "register_matches_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_officials" ADD CONSTRAINT "register_officials_extract_id_register_extracts_id_fk" FOREIGN KEY ("extract_id") REFERENCES "public"."register_extracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "register_extracts_kind_date_idx" ON "register_extracts" USING btree ("kind","extract_date" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "register_matches_current_unique" ON "register_matches" USING btree ("signature_id") WHERE "register_matches"."current";--> statement-breakpoint
CREATE INDEX "register_matches_campaign_idx" ON "register_matches" USING btree ("campaign_id","result") WHERE "register_matches"."current";--> statement-breakpoint
CREATE INDEX "register_officials_commune_idx" ON "register_officials" USING btree ("extract_id","commune_code");