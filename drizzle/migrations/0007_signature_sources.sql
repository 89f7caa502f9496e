ALTER TABLE "signatures" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "utm_medium" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "utm_campaign" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "referrer_host" text;