CREATE TABLE "signing_refusals" (
	"campaign_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "signing_refusals_campaign_id_reason_hour_pk" PRIMARY KEY("campaign_id","reason","hour")
);
--> statement-breakpoint
ALTER TABLE "signing_refusals" ADD CONSTRAINT "signing_refusals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signatures_held_idx" ON "signatures" USING btree ("campaign_id","held_at") WHERE "signatures"."held_at" is not null;