CREATE TABLE "campaign_translations" (
	"campaign_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"statement" text NOT NULL,
	"decision_makers" jsonb NOT NULL,
	"source_revision" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_translations_campaign_id_language_pk" PRIMARY KEY("campaign_id","language"),
	CONSTRAINT "campaign_translations_language_known" CHECK ("campaign_translations"."language" in ('en', 'fr', 'fa'))
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "text_revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "statement_language" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "statement_revision" integer;--> statement-breakpoint
ALTER TABLE "campaign_translations" ADD CONSTRAINT "campaign_translations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The language signers signed in becomes a breakdown (issue #12): the confirmed signatures so far, counted into their shards.
INSERT INTO "tally_breakdowns" ("campaign_id", "dimension", "key", "shard", "confirmed")
SELECT "campaign_id", 'language', "locale", "tally_shard", count(*) FROM "signatures"
 WHERE "status" = 'confirmed' AND "tally_shard" IS NOT NULL
 GROUP BY "campaign_id", "locale", "tally_shard"
ON CONFLICT ("campaign_id", "dimension", "key", "shard") DO UPDATE SET "confirmed" = EXCLUDED."confirmed";
