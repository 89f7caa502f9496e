import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { publishNewPetition } from "./pages/new-campaign-page";
import { signInByEmail } from "./pages/organizer-signin";
import { TokenPage } from "./pages/token-page";
import { ADMIN_EMAIL } from "./playwright.config";
import { apiCount, petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";
import { uniqueClient, uniqueDomain } from "./support/velocity";

// Held signatures invalidated from the moderation page (issue #13): one at a time, and all of one
// rule. Neither changes the public count (held signatures were never counted), undoing puts them
// back on hold, and the public integrity report names each reason in words, in every language.
// Signatures come through an instance with two rules on: one per minute per client, two per minute
// per domain; the campaign is the test's own, so every figure is predictable.

let withRules: AppInstance;
let freshReport: AppInstance | undefined;

test.beforeAll(async () => {
  withRules = await startAppInstance(3615, {
    VELOCITY_CLIENT_PER_MINUTE: "1",
    VELOCITY_CLIENT_PER_5_MINUTES: "0",
    VELOCITY_DOMAIN_PER_MINUTE: "2",
    VELOCITY_DOMAIN_PER_HOUR: "0",
  });
});

test.afterAll(async () => {
  await Promise.all([withRules?.stop(), freshReport?.stop()]);
});

const CLIENT_RULE = "Several in one minute from one client address";
const DOMAIN_RULE = "Too many in one minute from one email domain";

test("held signatures invalidated one by one and by rule stay uncounted, come back on undo, and the report words their reasons", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const slug = `held-${uniqueId()}`.toLowerCase();
  await publishNewPetition(page, { slug, title: `Held signatures ${slug}` });

  // One client signs three times: its second and third are held by the client rule. Four clients
  // sign at one domain: its third and fourth are held by the domain rule.
  const signer = signerFor(request, slug);
  const client = uniqueClient();
  const passing = await signer("Client Passes", uniqueEmail("held-pass"), client.address(0));
  const clientOne = await signer("Client Burst One", uniqueEmail("held-client-1"), client.address(1));
  await signer("Client Burst Two", uniqueEmail("held-client-2"), client.address(2));
  const domain = uniqueDomain("held");
  for (const [n, name] of ["Domain Passes One", "Domain Passes Two"].entries()) {
    await signer(name, `e2e-held-pass-${n}-${uniqueId()}@${domain}`, uniqueClient().address(0));
  }
  const domainThree = await signer("Domain Burst Three", `e2e-held-3-${uniqueId()}@${domain}`, uniqueClient().address(0));
  await signer("Domain Burst Four", `e2e-held-4-${uniqueId()}@${domain}`, uniqueClient().address(0));
  // Their owners confirm some of them, held ones included: a held signature counts only once released.
  for (const email of [passing, clientOne, domainThree]) await confirm(page, request, email, slug);
  await expect.poll(() => apiCount(request, slug)).toBe(1);

  await page.goto(`/organizer/campaigns/${slug}/moderation`);
  const held = new HeldSection(page);
  await held.expectByRule({ [CLIENT_RULE]: "2", [DOMAIN_RULE]: "2" });
  await held.expectNames(["Client Burst One", "Client Burst Two", "Domain Burst Three", "Domain Burst Four"]);

  // One at a time: the other held by the same rule stays held.
  await held.row("Client Burst One").getByRole("button", { name: "Invalidate the signature of Client Burst One" }).click();
  await held.expectNames(["Client Burst Two", "Domain Burst Three", "Domain Burst Four"]);
  await held.expectByRule({ [CLIENT_RULE]: "1", [DOMAIN_RULE]: "2" });
  expect(await apiCount(request, slug)).toBe(1);

  // All of one rule, after the browser's "are you sure".
  page.once("dialog", (dialog) => void dialog.accept());
  await held.byRule(DOMAIN_RULE).getByRole("button", { name: "Invalidate all 2 signatures" }).click();
  await held.expectNames(["Client Burst Two"]);
  await held.expectByRule({ [CLIENT_RULE]: "1" });
  expect(await apiCount(request, slug)).toBe(1);

  const invalidations = page.getByTestId("invalidations").getByRole("row").filter({ hasText: "In force" });
  await expect(invalidations).toHaveCount(2);
  for (const row of await invalidations.all()) await expect(row).toContainText("Held for checking (a velocity rule or the browser check)");

  // The public report, from an instance that has not computed it yet (each process keeps it five minutes).
  freshReport = await startAppInstance(3616);
  await expectReport(page, `${freshReport.url}/campaigns/${slug}/integrity`, {
    heldNow: "1 signature is held right now.",
    held: { [CLIENT_RULE]: "2", [DOMAIN_RULE]: "2" },
    invalidated: { [CLIENT_RULE]: "1", [DOMAIN_RULE]: "2" },
  });
  await expectReport(page, `${freshReport.url}/fr/campaigns/${slug}/integrity`, {
    heldNow: "1 signature est retenue en ce moment.",
    held: {
      "Plusieurs en une minute depuis une même adresse de client": "2",
      "Trop nombreuses en une minute depuis un même domaine e-mail": "2",
    },
    invalidated: {
      "Plusieurs en une minute depuis une même adresse de client": "1",
      "Trop nombreuses en une minute depuis un même domaine e-mail": "2",
    },
  });
  await expectReport(page, `${freshReport.url}/fa/campaigns/${slug}/integrity`, {
    heldNow: "در حال حاضر ۱ امضا نگه داشته شده است.",
    held: { "چند امضا در یک دقیقه از یک نشانی IP": "۲", "امضاهای بسیار در یک دقیقه از یک دامنهٔ ایمیل": "۲" },
    invalidated: { "چند امضا در یک دقیقه از یک نشانی IP": "۱", "امضاهای بسیار در یک دقیقه از یک دامنهٔ ایمیل": "۲" },
  });

  // Undo both: every one of them is held again, and still not counted.
  await page.goto(`/organizer/campaigns/${slug}/moderation`);
  for (let left = 2; left > 0; left--) {
    await expect(invalidations).toHaveCount(left);
    await invalidations.first().getByRole("button", { name: /^Undo/ }).click();
  }
  await expect(invalidations).toHaveCount(0);
  await expect(page.getByTestId("invalidations").getByRole("row").filter({ hasText: "Undone" })).toHaveCount(2);
  await held.expectByRule({ [CLIENT_RULE]: "2", [DOMAIN_RULE]: "2" });
  await held.expectNames(["Client Burst One", "Client Burst Two", "Domain Burst Three", "Domain Burst Four"]);
  await expect(held.row("Client Burst One")).toContainText("yes");
  expect(await apiCount(request, slug)).toBe(1);
});

/** Signs through the instance with the rules, from `from`; returns the address it signed with. */
function signerFor(request: APIRequestContext, slug: string) {
  return async (fullName: string, email: string, from: string): Promise<string> => {
    const response = await request.post(`${withRules.url}${signaturesUrl(slug)}`, {
      data: petitionSignature(email, { fullName, showName: true }),
      headers: { "x-forwarded-for": from },
    });
    expect(response.status(), "a held signature is accepted like any other").toBe(202);
    return email;
  };
}

async function confirm(page: Page, request: APIRequestContext, email: string, slug: string): Promise<void> {
  const confirmPage = new TokenPage(page);
  await confirmPage.open(confirmLink(await new Mailbox(request, email).waitForEmail()));
  await confirmPage.press("Confirm my signature", slug);
}

/** The moderation page's "Held signatures" section. */
class HeldSection {
  private readonly section;

  constructor(readonly page: Page) {
    this.section = page.getByTestId("held-section");
  }

  byRule(rule: string) {
    return this.section
      .getByTestId("held-by-reason")
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: rule }) });
  }

  row(name: string) {
    return this.section.getByTestId("held-signatures").getByRole("row").filter({ hasText: name });
  }

  /** Each rule's count of held signatures, and no other rule. */
  async expectByRule(counts: Record<string, string>): Promise<void> {
    const rows = this.section.getByTestId("held-by-reason").locator("tbody tr");
    await expect(rows).toHaveCount(Object.keys(counts).length);
    for (const [rule, count] of Object.entries(counts)) await expect(this.byRule(rule).getByRole("cell").first()).toHaveText(count);
  }

  /** The names in the latest held signatures, in any order, and no other. */
  async expectNames(names: string[]): Promise<void> {
    const rows = this.section.getByTestId("held-signatures").locator("tbody tr");
    await expect(rows).toHaveCount(names.length);
    for (const name of names) await expect(this.row(name)).toHaveCount(1);
  }
}

type ReportFigures = { heldNow: string; held: Record<string, string>; invalidated: Record<string, string> };

/**
 * The integrity report at `url`: the held and set-aside signatures by reason, each reason in the
 * page's language (the rule's words, never its code), with its count since the campaign started.
 */
async function expectReport(page: Page, url: string, figures: ReportFigures): Promise<void> {
  await page.goto(url);
  const main = page.getByRole("main");
  await expect(main.getByTestId("integrity-held")).toContainText(figures.heldNow);
  for (const [section, expected] of [
    ["integrity-held", figures.held],
    ["integrity-invalidated", figures.invalidated],
  ] as const) {
    const rows = main.getByTestId(section).locator("tbody tr:not(.integrity-total)");
    await expect(rows.locator("th")).toHaveText(Object.keys(expected), { useInnerText: true });
    // The last column: since the campaign started.
    await expect(rows.locator("td:last-child")).toHaveText(Object.values(expected));
  }
  await expect(main).not.toContainText(/velocity_|_burst|_sustained/);
}
