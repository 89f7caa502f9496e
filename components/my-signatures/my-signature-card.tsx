import { getTranslations } from "next-intl/server";
import { TokenActionForm } from "@/components/signing/token-action-form";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { setMyUpdatesAction, withdrawMySignatureAction } from "@/lib/my-signatures/actions";
import type { MySignature } from "@/lib/my-signatures/queries";

// One signature on "Manage my signatures" (issue #13): what the signer gave and chose, and the two
// changes they may make to it. Each button posts the page's token with the signature's id.
export async function MySignatureCard({ signature, token, locale }: { signature: MySignature; token: string; locale: string }) {
  const t = await getTranslations("signing.manage.page");
  const format = formatterFor(locale);
  const headingId = `signature-${signature.id}`;
  const { campaign } = signature;
  return (
    <article className="card" aria-labelledby={headingId} data-testid="my-signature">
      <h3 id={headingId} lang={campaign.language} dir="auto">
        {campaign.public ? <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link> : campaign.title}
      </h3>
      <dl className="facts">
        <dt>{t("signedOn")}</dt>
        <dd>
          <time dateTime={signature.signedAt.toISOString()}>{format.date(signature.signedAt)}</time>
        </dd>
        <dt>{t("status")}</dt>
        <dd data-testid="my-signature-status">{t(`statuses.${signature.status}`)}</dd>
        <dt>{t("name")}</dt>
        <dd>{signature.listedName ? <bdi>{signature.listedName}</bdi> : t("notListed")}</dd>
        <dt>{t("comment")}</dt>
        <dd className="break-anywhere" dir={signature.comment ? "auto" : undefined}>
          {signature.comment ?? t("noComment")}
        </dd>
        <dt>{t("updates")}</dt>
        <dd data-testid="my-signature-updates">{signature.optInUpdates ? t("updatesOn") : t("updatesOff")}</dd>
      </dl>
      <div className="form-actions">
        <TokenActionForm
          token={token}
          action={setMyUpdatesAction}
          fields={{ signatureId: signature.id, optInUpdates: String(!signature.optInUpdates) }}
          label={signature.optInUpdates ? t("turnOff") : t("turnOn")}
          describedBy={headingId}
          variant="secondary"
        />
        <TokenActionForm
          token={token}
          action={withdrawMySignatureAction}
          fields={{ signatureId: signature.id }}
          label={t("withdraw")}
          describedBy={headingId}
          confirm={t("withdrawConfirm", { title: campaign.title })}
          variant="warning"
        />
      </div>
    </article>
  );
}
