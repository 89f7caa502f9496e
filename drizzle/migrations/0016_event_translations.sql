CREATE TABLE "event_translations" (
	"event_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"source_revision" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_translations_event_id_language_pk" PRIMARY KEY("event_id","language"),
	CONSTRAINT "event_translations_language_known" CHECK ("event_translations"."language" in ('en', 'fr', 'fa'))
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "text_revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_translations" ADD CONSTRAINT "event_translations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;