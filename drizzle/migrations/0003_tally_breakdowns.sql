CREATE TABLE "tally_breakdowns" (
	"campaign_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"shard" smallint NOT NULL,
	"confirmed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tally_breakdowns_campaign_id_dimension_key_shard_pk" PRIMARY KEY("campaign_id","dimension","key","shard")
);
--> statement-breakpoint
ALTER TABLE "tally_breakdowns" ADD CONSTRAINT "tally_breakdowns_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;