DROP INDEX "signatures_velocity_client_idx";--> statement-breakpoint
DROP INDEX "signatures_velocity_domain_idx";--> statement-breakpoint
CREATE INDEX "signatures_velocity_client_idx" ON "signatures" USING btree ((uuid_send("campaign_id") || "ip_hash"),"created_at") WHERE "signatures"."ip_hash" is not null;--> statement-breakpoint
CREATE INDEX "signatures_velocity_domain_idx" ON "signatures" USING btree (("campaign_id"::text || split_part("email_canonical", '@', -1)),"created_at");