CREATE TABLE "communes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"departement_code" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"parent_code" text,
	"population" integer,
	"data_version" text NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "communes_kind_known" CHECK ("communes"."kind" in ('commune', 'arrondissement'))
);
--> statement-breakpoint
CREATE TABLE "departements" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"data_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_data_versions" (
	"dataset" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"data_version" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offline_signatures" ADD COLUMN "commune_code" text;--> statement-breakpoint
CREATE INDEX "communes_search_idx" ON "communes" USING btree ("search_name" text_pattern_ops) WHERE "communes"."retired_at" is null;