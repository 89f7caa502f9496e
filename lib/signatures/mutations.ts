import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/lib/db/client";
import { campaigns, signatures, type Campaign } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { alreadySignedEmail, confirmSignatureEmail } from "@/lib/email/templates";
import { getEnv } from "@/lib/env";
import { incrementTally, decrementTally } from "@/lib/tallies/shards";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import { canonicalizeEmail } from "./canonical-email";
import { parseSignatureInput, type FieldErrors, type SignatureInput } from "./schema";
import { createToken, hashToken, isWellFormedToken } from "./tokens";

export type SignOutcome =
  | { kind: "accepted" }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "not-found" }
  | { kind: "closed" };

// Someone re-entering an address gets the same answer as a first signer, so nobody can learn who
// signed; the address owner gets an email instead, at most this many times a day.
const REPEAT_NOTICES_PER_DAY = 3;

/**
 * Records a pending signature and queues its confirmation email in one transaction.
 * Shared by the sign form's server action and the JSON API.
 */
export async function signCampaign(slug: string, input: unknown): Promise<SignOutcome> {
  const db = getDb();
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  if (!campaign || campaign.status === "draft" || campaign.status === "archived") return { kind: "not-found" };
  if (!isAcceptingSignatures(campaign)) return { kind: "closed" };

  const parsed = parseSignatureInput(campaign.signerFields, input);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  // A filled honeypot: answer as if accepted, keep nothing.
  if (parsed.data.website) return { kind: "accepted" };

  await db.transaction((tx) => recordSignature(tx, campaign, parsed.data));
  requestOutboxDrain();
  return { kind: "accepted" };
}

async function recordSignature(tx: Transaction, campaign: Campaign, data: SignatureInput): Promise<void> {
  const env = getEnv();
  const confirm = createToken();
  const withdraw = createToken();
  const expiresAt = new Date(Date.now() + env.CONFIRMATION_TOKEN_TTL_DAYS * 86_400_000);
  const emailCanonical = canonicalizeEmail(data.email);

  const [inserted] = await tx
    .insert(signatures)
    .values({
      campaignId: campaign.id,
      email: data.email,
      emailCanonical,
      fullName: data.fullName,
      country: data.country ?? null,
      city: data.city ?? null,
      postcode: data.postcode ?? null,
      office: data.office ?? null,
      municipality: data.municipality ?? null,
      showName: campaign.listNamesPublicly && data.showName,
      optInUpdates: data.optInUpdates,
      consentedAt: new Date(),
      confirmTokenHash: confirm.hash,
      confirmExpiresAt: expiresAt,
      withdrawTokenHash: withdraw.hash,
    })
    .onConflictDoNothing({ target: [signatures.campaignId, signatures.emailCanonical] })
    .returning({ id: signatures.id });

  const links = {
    campaignUrl: `${env.APP_URL}/campaigns/${campaign.slug}`,
    confirmUrl: `${env.APP_URL}/confirm/${confirm.token}`,
    withdrawUrl: `${env.APP_URL}/withdraw/${withdraw.token}`,
  };

  if (inserted) {
    await enqueueEmail(tx, {
      kind: "confirm-signature",
      signatureId: inserted.id,
      message: confirmSignatureEmail({
        to: data.email,
        fullName: data.fullName,
        campaignTitle: campaign.title,
        expiresInDays: env.CONFIRMATION_TOKEN_TTL_DAYS,
        ...links,
      }),
    });
    return;
  }

  // The address has signed before. Its stored details stay as the owner gave them; the owner is
  // sent fresh links (which replace the old ones, since only their hashes are kept).
  const [existing] = (await tx.execute(sql`
    select id, status, email, full_name,
           case when repeat_notices_since is null or repeat_notices_since < now() - interval '1 day'
                then 0 else repeat_notices end as notices_today
      from signatures
     where campaign_id = ${campaign.id} and email_canonical = ${emailCanonical}
       for update`)) as unknown as {
    id: string;
    status: "pending" | "confirmed";
    email: string;
    full_name: string;
    notices_today: number;
  }[];
  if (!existing || existing.notices_today >= REPEAT_NOTICES_PER_DAY) return;

  const pending = existing.status === "pending";
  await tx
    .update(signatures)
    .set({
      withdrawTokenHash: withdraw.hash,
      ...(pending && { confirmTokenHash: confirm.hash, confirmExpiresAt: expiresAt }),
      repeatNotices: existing.notices_today + 1,
      ...(existing.notices_today === 0 && { repeatNoticesSince: new Date() }),
    })
    .where(eq(signatures.id, existing.id));
  const context = { to: existing.email, fullName: existing.full_name, campaignTitle: campaign.title, ...links };
  await enqueueEmail(tx, {
    kind: pending ? "confirm-signature" : "already-signed",
    signatureId: existing.id,
    message: pending
      ? confirmSignatureEmail({ ...context, expiresInDays: env.CONFIRMATION_TOKEN_TTL_DAYS })
      : alreadySignedEmail(context),
  });
}

export type ConfirmOutcome =
  | { kind: "confirmed"; campaignSlug: string }
  | { kind: "already-confirmed"; campaignSlug: string }
  | { kind: "expired"; campaignSlug: string }
  | { kind: "closed"; campaignSlug: string }
  | { kind: "invalid" };

/** Counts a pending signature. The signature row lock makes a double submit count once. */
export async function confirmSignature(token: string): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return { kind: "invalid" };
  const hash = hashToken(token);
  return getDb().transaction(async (tx) => {
    const [row] = (await tx.execute(sql`
      select s.id, s.status, s.confirm_expires_at < now() as expired, s.campaign_id,
             c.slug, c.status as campaign_status, c.opens_at, c.closes_at
        from signatures s join campaigns c on c.id = s.campaign_id
       where s.confirm_token_hash = ${hash}
         for update of s`)) as unknown as {
      id: string;
      status: "pending" | "confirmed";
      expired: boolean;
      campaign_id: string;
      slug: string;
      campaign_status: Campaign["status"];
      opens_at: Date | null;
      closes_at: Date | null;
    }[];
    if (!row) return { kind: "invalid" } as const;
    const campaignSlug = row.slug;
    if (row.status === "confirmed") return { kind: "already-confirmed", campaignSlug } as const;
    if (row.expired) return { kind: "expired", campaignSlug } as const;
    const accepting = isAcceptingSignatures({
      status: row.campaign_status,
      opensAt: row.opens_at && new Date(row.opens_at),
      closesAt: row.closes_at && new Date(row.closes_at),
    });
    if (!accepting) return { kind: "closed", campaignSlug } as const;
    const shard = await incrementTally(tx, row.campaign_id);
    await tx.execute(sql`
      update signatures set status = 'confirmed', confirmed_at = now(), tally_shard = ${shard}
       where id = ${row.id}`);
    return { kind: "confirmed", campaignSlug } as const;
  });
}

export type WithdrawOutcome = { kind: "withdrawn"; campaignSlug: string } | { kind: "invalid" };

/**
 * Withdrawal erases the signature: name, address and all. If it was counted, the count goes
 * down in the same transaction, from the shard it was counted in.
 */
export async function withdrawSignature(token: string): Promise<WithdrawOutcome> {
  if (!isWellFormedToken(token)) return { kind: "invalid" };
  const hash = hashToken(token);
  return getDb().transaction(async (tx) => {
    const [row] = (await tx.execute(sql`
      delete from signatures s using campaigns c
       where s.withdraw_token_hash = ${hash} and c.id = s.campaign_id
      returning s.campaign_id, s.status, s.tally_shard, c.slug`)) as unknown as {
      campaign_id: string;
      status: "pending" | "confirmed";
      tally_shard: number | null;
      slug: string;
    }[];
    if (!row) return { kind: "invalid" } as const;
    if (row.status === "confirmed" && row.tally_shard !== null) {
      await decrementTally(tx, row.campaign_id, row.tally_shard);
    }
    return { kind: "withdrawn", campaignSlug: row.slug } as const;
  });
}
