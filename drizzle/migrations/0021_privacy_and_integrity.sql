CREATE TABLE "signature_confirm_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"signature_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signer_access_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"email_canonical" text NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "signer_access_tokens_locale_known" CHECK ("signer_access_tokens"."locale" in ('en', 'fr', 'fa'))
);
--> statement-breakpoint
CREATE TABLE "signing_refusals" (
	"campaign_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "signing_refusals_campaign_id_reason_hour_pk" PRIMARY KEY("campaign_id","reason","hour")
);
--> statement-breakpoint
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
ALTER TABLE "signatures" ALTER COLUMN "consented_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signature_confirm_tokens" ADD CONSTRAINT "signature_confirm_tokens_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_refusals" ADD CONSTRAINT "signing_refusals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "velocity_alerts" ADD CONSTRAINT "velocity_alerts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signature_confirm_tokens_signature_idx" ON "signature_confirm_tokens" USING btree ("signature_id");--> statement-breakpoint
CREATE INDEX "signer_access_tokens_expires_idx" ON "signer_access_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "email_outbox_done_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."status" <> 'pending' and "email_outbox"."mailing_id" is null;--> statement-breakpoint
CREATE INDEX "signatures_velocity_client_idx" ON "signatures" USING btree ("campaign_id","ip_hash","created_at") WHERE "signatures"."ip_hash" is not null;--> statement-breakpoint
CREATE INDEX "signatures_velocity_domain_idx" ON "signatures" USING btree ("campaign_id",split_part("email_canonical", '@', -1),"created_at");--> statement-breakpoint
CREATE INDEX "signatures_held_idx" ON "signatures" USING btree ("campaign_id","held_at") WHERE "signatures"."held_at" is not null;--> statement-breakpoint
CREATE INDEX "signatures_reminder_due_idx" ON "signatures" USING btree ("created_at") WHERE "signatures"."confirmed_at" is null and "signatures"."reminder_sent_at" is null;--> statement-breakpoint
CREATE INDEX "signatures_unconfirmed_expiry_idx" ON "signatures" USING btree ("confirm_expires_at") WHERE "signatures"."confirmed_at" is null;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_anonymised_shape" CHECK (("signatures"."email" = '') = ("signatures"."email_canonical" like 'anonymised:%') and not ("signatures"."email" = '' and "signatures"."opt_in_updates"));