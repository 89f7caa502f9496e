CREATE TABLE "velocity_alerts" (
	"campaign_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"signatures" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "velocity_alerts_campaign_id_dimension_key_hour_pk" PRIMARY KEY("campaign_id","dimension","key","hour")
);
--> statement-breakpoint
ALTER TABLE "velocity_alerts" ADD CONSTRAINT "velocity_alerts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signatures_velocity_client_idx" ON "signatures" USING btree ("campaign_id","ip_hash","created_at") WHERE "signatures"."ip_hash" is not null;--> statement-breakpoint
CREATE INDEX "signatures_velocity_domain_idx" ON "signatures" USING btree ("campaign_id",split_part("email_canonical", '@', -1),"created_at");--> statement-breakpoint
CREATE INDEX "signatures_held_idx" ON "signatures" USING btree ("campaign_id","held_at") WHERE "signatures"."held_at" is not null;