CREATE TABLE "signer_access_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"email_canonical" text NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "signer_access_tokens_locale_known" CHECK ("signer_access_tokens"."locale" in ('en', 'fr', 'fa'))
);
--> statement-breakpoint
CREATE INDEX "signer_access_tokens_expires_idx" ON "signer_access_tokens" USING btree ("expires_at");