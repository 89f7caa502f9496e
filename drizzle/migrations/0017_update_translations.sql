CREATE TABLE "campaign_update_translations" (
	"update_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_update_translations_update_id_language_pk" PRIMARY KEY("update_id","language"),
	CONSTRAINT "campaign_update_translations_language_known" CHECK ("campaign_update_translations"."language" in ('en', 'fr', 'fa'))
);
--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_update_translations" ADD CONSTRAINT "campaign_update_translations_update_id_campaign_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."campaign_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_language_known" CHECK ("campaign_updates"."language" in ('en', 'fr', 'fa'));--> statement-breakpoint
-- Updates published so far were written in their campaign's language (issue #12).
UPDATE "campaign_updates" u SET "language" = c."language" FROM "campaigns" c WHERE c."id" = u."campaign_id";
