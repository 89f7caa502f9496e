CREATE TABLE "signature_withdrawal_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"signature_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signature_withdrawal_tokens" ADD CONSTRAINT "signature_withdrawal_tokens_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signature_withdrawal_tokens_signature_idx" ON "signature_withdrawal_tokens" USING btree ("signature_id","created_at");