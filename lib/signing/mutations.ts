import "server-only";
import { eq, type SQL, sql } from "drizzle-orm";
import { getDb, preparedStatement, type Transaction } from "@/lib/db/client";
import { signatures } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { alreadySignedEmail, confirmSignatureEmail, queuedConfirmSignatureEmail } from "./signer-emails";
import { getEnv } from "@/lib/env";
import { BREAKDOWN_SOURCE_COLUMNS, countConfirmedSql, pickTallyShard, uncountSql } from "@/lib/tallies/shards";
import { acceptingSignaturesSql, isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { getCampaignForSigning, type SigningCampaign } from "@/lib/campaigns/queries";
import { signedVersion } from "@/lib/campaigns/translations";
import { seal } from "@/lib/email/sealed-payload";
import { consumeRateLimit } from "@/lib/rate-limit/limiter";
import { hashClientAddress } from "@/lib/moderation/client-address-hash";
import { canonicalizeEmail } from "./canonical-email";
import { signerStatusSql, velocityParameters, velocitySql } from "@/lib/velocity/rules";
import { parseSignatureInput, type ConsentRule, type FieldErrors, type SignatureInput } from "./schema";
import { CURRENT_CONSENT_VERSION } from "./consent";
import { createTokenPair, hashToken, isWellFormedToken } from "./tokens";
import { addWithdrawalToken, withdrawalTokenMatches } from "./withdrawal-tokens";
import { confirmTokenMatches } from "./confirm-tokens";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { proofOfWorkVerdict, type ProofOfWorkVerdict } from "@/lib/proof-of-work/verdict";
import type { HeldReason } from "@/lib/velocity/held-reasons";
import type { CommuneOption } from "@/lib/communes/schema";
import { placeInCommune } from "./commune-placement";

export type SignOutcome =
  | { kind: "accepted" }
  // communeChoices: the French communes a typed municipality may mean (issue #14), to choose from.
  | { kind: "invalid"; fieldErrors: FieldErrors; communeChoices?: CommuneOption[] }
  | { kind: "not-found" }
  | { kind: "closed" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * Who is signing, as far as the request tells: the client address, for the rate limit and (hashed)
 * for moderation; whether its consent may follow on the confirmation page (OSDI, issue #13); and its
 * answer to a proof-of-work challenge, as sent (lib/proof-of-work), if any.
 */
export type SignerClient = { address: string | null; consent?: ConsentRule; proofOfWork?: unknown };

// Someone re-entering an address gets the same answer as a first signer, so nobody can learn who
// signed; the address owner gets an email instead, at most this many times a day.
const REPEAT_NOTICES_PER_DAY = 3;

/**
 * Records a pending signature and queues its confirmation email atomically.
 * Shared by the sign form's server action and the JSON API.
 */
export async function signCampaign(slug: string, input: unknown, client: SignerClient = { address: null }): Promise<SignOutcome> {
  const campaign = await getCampaignForSigning(slug);
  if (!campaign || !isPublicCampaign(campaign)) return { kind: "not-found" };
  if (!isAcceptingSignatures(campaign)) return { kind: "closed" };
  if (client.address) {
    const limit = await consumeRateLimit("sign", client.address, getEnv().RATE_LIMIT_SIGN_PER_MINUTE);
    if (!limit.allowed) return { kind: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const parsed = parseSignatureInput(campaign.signerFields, input, client.consent);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  // A filled honeypot: answer as if accepted, keep nothing.
  if (parsed.data.website) return { kind: "accepted" };
  const placed = await placeInCommune(campaign.signerFields, parsed.data);
  if (!placed.ok) return { kind: "invalid", fieldErrors: placed.fieldErrors, ...(placed.choices && { communeChoices: placed.choices }) };

  // A campaign asking for a proof of work holds, rather than refuses, a signature without one
  // (issue #13). "off" costs nothing here: the campaign row above says so.
  const proofOfWork = await proofOfWorkVerdict(campaign, client.proofOfWork);
  await recordSignature(campaign, placed.data, hashClientAddress(client.address), proofOfWork);
  requestOutboxDrain();
  return { kind: "accepted" };
}

// The signature and its confirmation email in one statement, so one round trip and atomic: the
// email row exists exactly when the signature row was inserted; the velocity checks run in it too.
// Built once, prepared on each connection. Dates go in as ISO text because raw SQL parameters bypass Drizzle's column mapping.
// A proof of work's answer (lib/proof-of-work) is spent in the same statement: its challenge's nonce
// goes into proof_of_work_spent, and one already there holds the signature as replayed. The velocity
// rules' reason comes first, then the proof of work's. A signature without an answer (most of them:
// the campaign asks for none) goes through a statement that leaves that table alone, so it neither
// opens that table nor carries its parameters.
const p = (name: string) => sql.placeholder(name);
const REPLAYED = sql.raw(`'${"proof_of_work_replayed" satisfies HeldReason}'`);
const spendingProofOfWork = sql`
    spent as (
      insert into proof_of_work_spent (nonce, expires_at)
      values (${p("powNonce")}::bytea, ${p("powExpiresAt")}::timestamptz)
      on conflict (nonce) do nothing
      returning 1),
    held as (
      select coalesce(velocity.reason, ${p("powHeldReason")}::text, case when not exists (select 1 from spent) then ${REPLAYED} end) as reason
        from velocity)`;
const withoutProofOfWork = sql`
    held as (select coalesce(velocity.reason, ${p("powHeldReason")}::text) as reason from velocity)`;
const insertSignatureStatement = (held: SQL) =>
  preparedStatement<{ signature_id: string }>(sql`
    with ${velocitySql},
    ${held},
    inserted as (
      insert into signatures (campaign_id, email, email_canonical, full_name, country, city, postcode, office,
                              municipality, commune_code, show_name, comment, opt_in_updates, consented_at, confirm_token_hash,
                              confirm_expires_at, withdraw_token_hash, utm_source, utm_medium, utm_campaign,
                              referrer_host, ip_hash, locale, statement_language, statement_revision,
                              consent_version, status, held_reason, held_at)
      select ${p("campaignId")}, ${p("email")}, ${p("emailCanonical")}, ${p("fullName")}, ${p("country")},
             ${p("city")}, ${p("postcode")}, ${p("office")}, ${p("municipality")}, ${p("communeCode")},
             ${p("showName")}, ${p("comment")}, ${p("optInUpdates")},
             case when ${p("consentVersion")}::text is not null then now() end,
             ${p("confirmHash")}, ${p("expiresAt")}::timestamptz, ${p("withdrawHash")}, ${p("utmSource")},
             ${p("utmMedium")}, ${p("utmCampaign")}, ${p("referrerHost")}, ${p("ipHash")}, ${p("locale")},
             ${p("statementLanguage")}, ${p("statementRevision")}, ${p("consentVersion")},
             -- Past a velocity rule, or without a proof of work asked for: stored, confirmed by email like
             -- any other, but held (lib/velocity/rules.ts, lib/proof-of-work).
             (case when v.reason is null then 'pending' else 'held' end)::signature_status, v.reason,
             case when v.reason is null then null else now() end
        from held v
      on conflict (campaign_id, email_canonical) do nothing
      returning id)
    insert into email_outbox (kind, signature_id, payload)
    select 'confirm-signature', id, ${p("payload")} from inserted
    returning signature_id`);
const insertSignatureWithEmail = insertSignatureStatement(withoutProofOfWork);
const insertSignatureSpendingProof = insertSignatureStatement(spendingProofOfWork);

type Links = { campaignUrl: string; confirmUrl: string; withdrawUrl: string; privacyUrl: string };
type LinkTokens = { confirm: { token: string }; withdraw: { token: string } };

/** The links of a signer's email, in their language: `/fr/confirm/…` opens the French page. */
function signerLinks(locale: Locale, slug: string, { confirm, withdraw }: LinkTokens): Links {
  const base = getEnv().APP_URL;
  return {
    campaignUrl: `${base}${localePath(locale, `/campaigns/${slug}`)}`,
    confirmUrl: `${base}${localePath(locale, `/confirm/${confirm.token}`)}`,
    withdrawUrl: `${base}${localePath(locale, `/withdraw/${withdraw.token}`)}`,
    privacyUrl: `${base}${localePath(locale, `/campaigns/${slug}/privacy`)}`,
  };
}

async function recordSignature(
  campaign: SigningCampaign,
  data: SignatureInput,
  ipHash: Buffer | null,
  proofOfWork: ProofOfWorkVerdict,
): Promise<void> {
  const env = getEnv();
  const { confirm, withdraw } = createTokenPair();
  const expiresAt = new Date(Date.now() + env.CONFIRMATION_TOKEN_TTL_DAYS * 86_400_000);
  const emailCanonical = canonicalizeEmail(data.email);
  const locale = data.locale ?? "en";
  // The version of the statement a signer in this language is shown (the page picks it the same way).
  const shown = signedVersion(campaign, campaign.translations, locale);

  // The signer's language travels in the queued inputs: the outbox renders the email in it.
  const confirmation = queuedConfirmSignatureEmail({
    to: data.email,
    fullName: data.fullName,
    campaignTitle: shown.title,
    expiresInDays: env.CONFIRMATION_TOKEN_TTL_DAYS,
    locale,
    consentAtConfirmation: !data.consent,
    ...signerLinks(locale, campaign.slug, { confirm, withdraw }),
  });

  const spent = proofOfWork.spent;
  const statement = spent ? insertSignatureSpendingProof : insertSignatureWithEmail;
  const inserted = await statement.execute({
    campaignId: campaign.id,
    email: data.email,
    emailCanonical,
    fullName: data.fullName,
    country: data.country ?? null,
    city: data.city ?? null,
    postcode: data.postcode ?? null,
    office: data.office ?? null,
    municipality: data.municipality ?? null,
    communeCode: data.communeCode ?? null,
    showName: campaign.listNamesPublicly && data.showName,
    comment: data.comment ?? null,
    optInUpdates: data.optInUpdates,
    confirmHash: confirm.hash,
    expiresAt: expiresAt.toISOString(),
    withdrawHash: withdraw.hash,
    utmSource: data.utmSource ?? null,
    utmMedium: data.utmMedium ?? null,
    utmCampaign: data.utmCampaign ?? null,
    referrerHost: data.referrerHost ?? null,
    ipHash,
    locale,
    statementLanguage: shown.text.language,
    statementRevision: shown.text.revision,
    // Consent given where they signed, or (OSDI) none yet: the confirmation page asks for it.
    consentVersion: data.consent ? CURRENT_CONSENT_VERSION : null,
    payload: seal(confirmation),
    ...velocityParameters(emailCanonical, ipHash),
    powHeldReason: proofOfWork.heldReason,
    ...(spent && { powNonce: spent.nonce, powExpiresAt: spent.expiresAt.toISOString() }),
  });
  if (inserted.length > 0) return;
  await getDb().transaction((tx) => notifyRepeatSigner(tx, campaign, emailCanonical, { confirm, withdraw, expiresAt }));
}

type FreshTokens = { confirm: { token: string; hash: Buffer }; withdraw: { token: string; hash: Buffer }; expiresAt: Date };

// The address has signed before. Its stored details stay as the owner gave them, its language
// included: the owner is written to in the language they signed in, and sent fresh links. The
// fresh withdrawal link is added to the earlier ones (issue #13, finding 13): whoever typed the
// address must not be able to kill the links in the owner's earlier emails. The fresh confirmation
// link still replaces the old one.
async function notifyRepeatSigner(
  tx: Transaction,
  campaign: SigningCampaign,
  emailCanonical: string,
  { confirm, withdraw, expiresAt }: FreshTokens,
): Promise<void> {
  const env = getEnv();
  const [existing] = (await tx.execute(sql`
    select id, status, confirmed_at is not null as owner_confirmed, email, full_name, locale, consented_at is null as consent_pending,
           case when repeat_notices_since is null or repeat_notices_since < now() - interval '1 day'
                then 0 else repeat_notices end as notices_today
      from signatures
     where campaign_id = ${campaign.id} and email_canonical = ${emailCanonical}
       for update`)) as unknown as {
    id: string;
    status: "pending" | "confirmed" | "invalidated" | "held";
    owner_confirmed: boolean;
    email: string;
    full_name: string;
    locale: string;
    consent_pending: boolean;
    notices_today: number;
  }[];
  if (!existing || existing.notices_today >= REPEAT_NOTICES_PER_DAY) return;

  // A held signature is answered as what its owner sees: pending until they confirm, then signed.
  const pending = existing.status === "pending" || (existing.status === "held" && !existing.owner_confirmed);
  await tx
    .update(signatures)
    .set({
      ...(pending && { confirmTokenHash: confirm.hash, confirmExpiresAt: expiresAt }),
      repeatNotices: existing.notices_today + 1,
      ...(existing.notices_today === 0 && { repeatNoticesSince: new Date() }),
    })
    .where(eq(signatures.id, existing.id));
  await addWithdrawalToken(tx, existing.id, withdraw.hash);
  const locale: Locale = isLocale(existing.locale) ? existing.locale : "en";
  const context = {
    to: existing.email,
    fullName: existing.full_name,
    campaignTitle: signedVersion(campaign, campaign.translations, locale).title,
    locale,
    ...signerLinks(locale, campaign.slug, { confirm, withdraw }),
  };
  await enqueueEmail(tx, {
    kind: pending ? "confirm-signature" : "already-signed",
    signatureId: existing.id,
    message: pending
      ? confirmSignatureEmail({ ...context, expiresInDays: env.CONFIRMATION_TOKEN_TTL_DAYS, consentAtConfirmation: existing.consent_pending })
      : alreadySignedEmail({ ...context, setAside: existing.status === "invalidated" }),
  });
}

export type ConfirmOutcome =
  | { kind: "confirmed"; campaignSlug: string }
  | { kind: "already-confirmed"; campaignSlug: string }
  | { kind: "expired"; campaignSlug: string }
  | { kind: "closed"; campaignSlug: string }
  | { kind: "consent-required"; campaignSlug: string }
  | { kind: "invalid" };

// Built once, prepared on each connection; the shard is a parameter.
const confirmStatement = preparedStatement<{
  status: "pending" | "confirmed" | "invalidated";
  slug: string;
  expired: boolean;
  accepting: boolean;
  consented: boolean;
  counted: boolean;
}>(sql`
    with target as (
      select s.id, s.status, s.confirmed_at, s.campaign_id, c.slug, s.consented_at is not null as had_consent,
             s.consented_at is not null or ${sql.placeholder("consentVersion")}::text is not null as consented,
             coalesce(s.confirm_expires_at < now(), false) as expired,
             ${acceptingSignaturesSql} as accepting
        from signatures s join campaigns c on c.id = s.campaign_id
       where ${confirmTokenMatches(sql.placeholder("tokenHash"))}
         for update of s),
    confirmed as (
      update signatures s set status = 'confirmed', confirmed_at = now(), tally_shard = ${sql.placeholder("shard")},
             consented_at = case when t.had_consent then s.consented_at else now() end,
             consent_version = case when t.had_consent then s.consent_version else ${sql.placeholder("consentVersion")} end
        from target t
       where s.id = t.id and t.status = 'pending' and not t.expired and t.accepting and t.consented
      returning s.campaign_id, ${BREAKDOWN_SOURCE_COLUMNS}),
    ${countConfirmedSql(sql`confirmed`, sql.placeholder("shard"))},
    -- A held signature (lib/velocity/rules.ts) records its owner's confirmation (and consent, as above)
    -- and stays held, uncounted, until a moderator releases it. Its owner is answered as any signer:
    -- "pending" then "confirmed".
    held_confirmed as (
      update signatures s set confirmed_at = now(),
             consented_at = case when t.had_consent then s.consented_at else now() end,
             consent_version = case when t.had_consent then s.consent_version else ${sql.placeholder("consentVersion")} end
        from target t
       where s.id = t.id and t.status = 'held' and t.confirmed_at is null and not t.expired and t.accepting and t.consented
      returning 1)
    select ${signerStatusSql("t")} as status, t.slug, t.expired, t.accepting, t.consented,
           exists (select 1 from counted) or exists (select 1 from held_confirmed) as counted
      from target t`);

/**
 * Counts a pending signature (a held one only records the confirmation), in one statement: the signature row is locked, flipped to confirmed
 * and counted in a tally shard together, so a double submit counts once and a crash counts nothing.
 * A signature kept without consent (OSDI, issue #13) counts only once its owner gives it here:
 * `consent` says they ticked the box, and its time and version are recorded with the confirmation.
 */
export async function confirmSignature(token: string, { consent = false }: { consent?: boolean } = {}): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return { kind: "invalid" };
  const [row] = await confirmStatement.execute({
    tokenHash: hashToken(token),
    shard: pickTallyShard(),
    consentVersion: consent ? CURRENT_CONSENT_VERSION : null,
  });
  // A signature set aside by moderation is confirmed by nothing but undoing the invalidation.
  if (!row || row.status === "invalidated") return { kind: "invalid" };
  const campaignSlug = row.slug;
  if (row.counted) return { kind: "confirmed", campaignSlug };
  if (row.status === "confirmed") return { kind: "already-confirmed", campaignSlug };
  if (row.expired) return { kind: "expired", campaignSlug };
  if (!row.accepting) return { kind: "closed", campaignSlug };
  return { kind: "consent-required", campaignSlug };
}

export type WithdrawOutcome = { kind: "withdrawn"; campaignSlug: string } | { kind: "invalid" };

/**
 * Withdrawal erases the signature: name, address and all. If it was counted, the count and its
 * breakdowns go down in the same statement, in the shard it was counted in. An invalidated
 * signature is no longer counted (moderation took it out), so deleting it leaves the count alone.
 * Any of the signature's withdrawal links will do; deleting the row spends them all.
 */
export async function withdrawSignature(token: string): Promise<WithdrawOutcome> {
  if (!isWellFormedToken(token)) return { kind: "invalid" };
  return withdrawWhere(withdrawalTokenMatches(hashToken(token)));
}

/**
 * The same withdrawal, from "Manage my signatures" (lib/my-signatures): the signature `signatureId`
 * if it was made with the address `emailCanonical`. Signatures of an anonymised campaign never match.
 */
export async function withdrawSignatureOf(emailCanonical: string, signatureId: string): Promise<WithdrawOutcome> {
  return withdrawWhere(sql`s.id = ${signatureId} and s.email_canonical = ${emailCanonical} and c.anonymised_at is null`);
}

async function withdrawWhere(match: SQL): Promise<WithdrawOutcome> {
  const [row] = (await getDb().execute(sql`
    with removed as (
      delete from signatures s using campaigns c
       where ${match} and c.id = s.campaign_id
      returning s.campaign_id, s.status, s.tally_shard, ${BREAKDOWN_SOURCE_COLUMNS}, c.slug),
    ${uncountSql(sql`removed`)}
    select slug from removed`)) as unknown as { slug: string }[];
  return row ? { kind: "withdrawn", campaignSlug: row.slug } : { kind: "invalid" };
}
