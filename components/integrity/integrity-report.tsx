import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import type { IntegrityReport } from "@/lib/integrity/report";
import type { ByReason, Windowed } from "@/lib/integrity/queries";
import { isHeldReason } from "@/lib/velocity/held-reasons";

// The integrity report's body (issue #13), for a reader who may be a journalist checking the count:
// every figure with one plain sentence saying what it is. Aggregates only.

/** Reasons written by the code (refusals, held signatures), shown in the reader's language; organizers' own reasons as written. */
const REFUSAL_REASON_KEYS: Record<string, string> = { "disposable-email": "disposableEmail" };

export function IntegrityReportView({ report }: { report: IntegrityReport }) {
  const t = useTranslations("campaign.integrity");
  const format = formatterFor(useLocale());
  const { online } = report;
  const considered = online.confirmed + online.pending;
  const anyTable = [report.held.total, report.released, report.invalidated.total, report.refused.total].some((total) => total.sinceStart > 0);
  return (
    <>
      <section aria-labelledby="integrity-confirmation">
        <h2 id="integrity-confirmation">{t("confirmation.heading")}</h2>
        <dl className="facts integrity-facts">
          <dt>{t("confirmation.rate")}</dt>
          <dd>
            <strong className="integrity-figure" data-testid="confirmation-rate">
              {online.confirmationRate === null ? "—" : format.percent(online.confirmationRate)}
            </strong>
            <span className="integrity-explained">
              {online.confirmationRate === null
                ? t("confirmation.rateNone")
                : t("confirmation.rateExplained", { considered, confirmed: format.number(online.confirmed) })}
            </span>
          </dd>
          <Figure label={t("confirmation.confirmed")} value={format.number(online.confirmed)} explained={t("confirmation.confirmedExplained")} />
          <Figure label={t("confirmation.pending")} value={format.number(online.pending)} explained={t("confirmation.pendingExplained")} />
          <Figure label={t("confirmation.offline")} value={format.number(report.offline)} explained={t("confirmation.offlineExplained")} />
        </dl>
      </section>

      {/* Said once, above the tables it explains; with nothing to tabulate, each section says so in a sentence. */}
      {anyTable && (
        <p className="muted" id="integrity-windows">
          {t("windows.explained")}
        </p>
      )}
      <WindowSection id="held" rows={report.held.byReason} total={report.held.total} translateReasons>
        {report.held.total.sinceStart > 0 && <p>{report.held.now === 0 ? t("held.nowNone") : t("held.now", { count: report.held.now })}</p>}
      </WindowSection>
      <WindowSection id="released" rows={[]} total={report.released} />
      <WindowSection id="invalidated" rows={report.invalidated.byReason} total={report.invalidated.total} />
      <WindowSection id="refused" rows={report.refused.byReason} total={report.refused.total} translateReasons />
    </>
  );
}

function Figure({ label, value, explained }: { label: string; value: string; explained: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <strong className="integrity-figure">{value}</strong>
        <span className="integrity-explained">{explained}</span>
      </dd>
    </>
  );
}

/** One kind of check: what it is, then how many by window (and by reason), or a sentence when none. */
function WindowSection({
  id,
  rows,
  total,
  translateReasons = false,
  children,
}: {
  id: "held" | "released" | "invalidated" | "refused";
  rows: ByReason[];
  total: Windowed;
  translateReasons?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("campaign.integrity");
  const format = formatterFor(useLocale());
  const reasonLabel = (reason: string) => {
    if (!reason) return t("reasonNotGiven");
    if (translateReasons && id === "held" && isHeldReason(reason)) return t(`held.reasons.${reason}`);
    const key = REFUSAL_REASON_KEYS[reason];
    return translateReasons && key ? t(`refused.reasons.${key}`) : <bdi>{reason}</bdi>;
  };
  const cells = (figures: Windowed) => (
    <>
      <td className="numeric">{format.number(figures.last24Hours)}</td>
      <td className="numeric">{format.number(figures.last7Days)}</td>
      <td className="numeric">{format.number(figures.sinceStart)}</td>
    </>
  );
  return (
    <section aria-labelledby={`integrity-${id}`} data-testid={`integrity-${id}`}>
      <h2 id={`integrity-${id}`}>{t(`${id}.heading`)}</h2>
      <p>{t(`${id}.explained`)}</p>
      {children}
      {total.sinceStart === 0 ? (
        <p className="muted">{t(`${id}.none`)}</p>
      ) : (
        <TableRegion label={t(`${id}.caption`)}>
          <table className="integrity-table" aria-describedby="integrity-windows">
            <caption>{t(`${id}.caption`)}</caption>
            <thead>
              <tr>
                <th scope="col">{id === "released" ? t("windows.signatures") : t("windows.what")}</th>
                <th scope="col" className="numeric">
                  {t("windows.last24Hours")}
                </th>
                <th scope="col" className="numeric">
                  {t("windows.last7Days")}
                </th>
                <th scope="col" className="numeric">
                  {t("windows.sinceStart")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.reason}>
                  <th scope="row">{reasonLabel(row.reason)}</th>
                  {cells(row)}
                </tr>
              ))}
              <tr className="integrity-total">
                <th scope="row">{t(`${id}.total`)}</th>
                {cells(total)}
              </tr>
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
