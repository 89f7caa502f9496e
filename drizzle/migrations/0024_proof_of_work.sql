CREATE TYPE "public"."proof_of_work_mode" AS ENUM('off', 'on', 'automatic');--> statement-breakpoint
CREATE TABLE "proof_of_work_spent" (
	"nonce" "bytea" PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "proof_of_work" "proof_of_work_mode" DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "proof_of_work_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "proof_of_work_spent_expires_idx" ON "proof_of_work_spent" USING btree ("expires_at");